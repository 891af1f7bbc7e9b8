package uk.headsup.wellbeing.internal.requests;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Phase;
import uk.headsup.wellbeing.internal.offers.Offer;

/** The anonymous count of requests made: a row per request with its offer, kind, phase and term, and no one. */
@Repository
public class Uptake {

    private final JdbcClient jdbc;

    Uptake(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void count(Offer offer, Phase phase, LocalDate on) {
        jdbc.sql("insert into wellbeing_uptake (offer_id, kind, phase, term) values (:offer, :kind, :phase, :term)")
                .param("offer", offer.id())
                .param("kind", offer.kind().name())
                .param("phase", phase == null ? "UNKNOWN" : phase.name())
                .param("term", Term.of(on).key())
                .update();
    }

    @Transactional(readOnly = true)
    public UptakeReport report() {
        return UptakeReport.of(jdbc.sql("""
                        select o.title, u.kind, u.phase, u.term
                          from wellbeing_uptake u join wellbeing_offers o on o.id = u.offer_id
                        """)
                .query((rs, n) -> new UptakeReport.Made(
                        rs.getString(1),
                        uk.headsup.wellbeing.OfferKind.valueOf(rs.getString(2)).label(),
                        rs.getString(3).equals("UNKNOWN")
                                ? "Not known"
                                : Phase.valueOf(rs.getString(3)).label(),
                        rs.getString(4)))
                .list());
    }
}
