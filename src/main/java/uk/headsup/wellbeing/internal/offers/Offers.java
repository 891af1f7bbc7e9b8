package uk.headsup.wellbeing.internal.offers;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.wellbeing.NewOffer;
import uk.headsup.wellbeing.OfferAccess;
import uk.headsup.wellbeing.OfferCatalogue;
import uk.headsup.wellbeing.OfferKind;

/** The catalogue of support offers. Offers are never deleted: uptake counts refer to them. */
@Repository
@Transactional
public class Offers implements OfferCatalogue {

    private static final String OFFER = """
            select id, title, provider, kind, description, roles, phases, max_years_as_head, cost, capacity, access,
                   phone, link, available_until
              from wellbeing_offers""";

    private final JdbcClient jdbc;

    Offers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasOffers() {
        return jdbc.sql("select exists (select 1 from wellbeing_offers)")
                .query(Boolean.class)
                .single();
    }

    @Override
    public long add(NewOffer o) {
        return jdbc.sql("""
                        insert into wellbeing_offers (title, provider, kind, description, roles, phases,
                            max_years_as_head, cost, capacity, access, phone, link, available_until)
                        values (:title, :provider, :kind, :description, :roles, :phases, :years, :cost, :capacity,
                            :access, :phone, :link, :until)
                        returning id
                        """).params(params(o)).query(Long.class).single();
    }

    public void change(long id, NewOffer o) {
        jdbc.sql("""
                        update wellbeing_offers
                           set title = :title, provider = :provider, kind = :kind, description = :description,
                               roles = :roles, phases = :phases, max_years_as_head = :years, cost = :cost,
                               capacity = :capacity, access = :access, phone = :phone, link = :link,
                               available_until = :until
                         where id = :id
                        """).params(params(o)).param("id", id).update();
    }

    private static Map<String, Object> params(NewOffer o) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", o.title());
        p.put("provider", o.provider());
        p.put("kind", o.kind().name());
        p.put("description", o.description());
        p.put("roles", names(o.roles()));
        p.put("phases", names(o.phases()));
        p.put("years", o.maxYearsAsHead());
        p.put("cost", o.cost());
        p.put("capacity", o.capacity());
        p.put("access", o.access().name());
        p.put("phone", o.phone());
        p.put("link", o.link());
        p.put("until", o.availableUntil());
        return p;
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    @Transactional(readOnly = true)
    public Optional<Offer> find(long id) {
        return jdbc.sql(OFFER + " where id = :id")
                .param("id", id)
                .query(Offers::offer)
                .optional();
    }

    /** Every offer, current first (soonest to end first), then expired ones. */
    @Transactional(readOnly = true)
    public List<Offer> all() {
        return jdbc.sql(OFFER + " order by available_until < current_date, available_until, title")
                .query(Offers::offer)
                .list();
    }

    /** Offers available on that date, by kind and title. */
    @Transactional(readOnly = true)
    public List<Offer> availableOn(LocalDate date) {
        return jdbc.sql(OFFER + " where available_until >= :date order by kind, title")
                .param("date", date)
                .query(Offers::offer)
                .list();
    }

    private static Offer offer(ResultSet rs, int n) throws SQLException {
        return new Offer(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("provider"),
                OfferKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                enums(rs.getArray("roles"), OrganisationRole::valueOf),
                enums(rs.getArray("phases"), Phase::valueOf),
                (Integer) rs.getObject("max_years_as_head"),
                rs.getString("cost"),
                (Integer) rs.getObject("capacity"),
                OfferAccess.valueOf(rs.getString("access")),
                rs.getString("phone"),
                rs.getString("link"),
                rs.getObject("available_until", LocalDate.class));
    }

    private static <E> Set<E> enums(Array array, Function<String, E> parse) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(parse).collect(Collectors.toSet());
    }
}
