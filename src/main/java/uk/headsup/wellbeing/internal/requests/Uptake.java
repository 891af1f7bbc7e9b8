package uk.headsup.wellbeing.internal.requests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Directory;
import uk.headsup.directory.Phase;
import uk.headsup.directory.StaffMember;
import uk.headsup.events.EventAttendee;
import uk.headsup.events.EventPlanning;
import uk.headsup.wellbeing.OfferKind;
import uk.headsup.wellbeing.internal.offers.Offer;

/**
 * The anonymous count of requests made: a row per request with its offer, kind, phase and term, and no one; and
 * the places confirmed on each peer group (an event whose attendees only the coordinator sees), counted the same
 * way when the report is read.
 */
@Repository
public class Uptake {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final EventPlanning events;
    private final Directory directory;

    Uptake(JdbcClient jdbc, EventPlanning events, Directory directory) {
        this.jdbc = jdbc;
        this.events = events;
        this.directory = directory;
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
        List<UptakeReport.Made> made = new ArrayList<>(requests());
        made.addAll(peerGroupPlaces());
        return UptakeReport.of(made);
    }

    private List<UptakeReport.Made> peerGroupPlaces() {
        List<UptakeReport.Made> made = new ArrayList<>();
        jdbc.sql("select title, kind, event_id from wellbeing_offers where event_id is not null")
                .query((rs, n) -> {
                    String title = rs.getString(1);
                    String kind = OfferKind.valueOf(rs.getString(2)).label();
                    for (EventAttendee a : events.confidentialAttendees(rs.getLong(3))) {
                        if (a.confirmedAt() != null) {
                            made.add(new UptakeReport.Made(
                                    title,
                                    kind,
                                    phaseOf(a.email()),
                                    Term.of(LocalDate.ofInstant(a.confirmedAt(), LONDON))
                                            .key()));
                        }
                    }
                    return null;
                })
                .list();
        return made;
    }

    private String phaseOf(String email) {
        return directory
                .staffMember(email)
                .flatMap(s -> s.posts().stream()
                        .map(StaffMember.Post::phase)
                        .filter(Objects::nonNull)
                        .findFirst())
                .map(Phase::label)
                .orElse("Not known");
    }

    private List<UptakeReport.Made> requests() {
        return jdbc.sql("""
                        select o.title, u.kind, u.phase, u.term
                          from wellbeing_uptake u join wellbeing_offers o on o.id = u.offer_id
                        """)
                .query((rs, n) -> new UptakeReport.Made(
                        rs.getString(1),
                        OfferKind.valueOf(rs.getString(2)).label(),
                        rs.getString(3).equals("UNKNOWN")
                                ? "Not known"
                                : Phase.valueOf(rs.getString(3)).label(),
                        rs.getString(4)))
                .list();
    }
}
