package uk.headsup.events.internal.bookings;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.headsup.events.Vat;
import uk.headsup.events.internal.Terms;
import uk.headsup.platform.UkTime;
import uk.headsup.platform.format.CsvWriter;

/**
 * What each organisation owes for a term: every confirmed place at a paid event held in the term (no-shows
 * included), every late cancellation, and the charges the authority waived (shown, at nothing). Events whose
 * attendees are confidential ({@link AttendeeVisibility}) are never on a statement: a line would name who went.
 */
@Service
public class Charges {

    private final JdbcClient jdbc;

    Charges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum Kind {
        PLACE("Place"),
        NO_SHOW("Place (did not attend)"),
        LATE_CANCELLATION("Late cancellation"),
        WAIVED("Waived");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line of a statement. */
    public record Line(
            long organisationId,
            String organisation,
            String event,
            Instant eventDate,
            String attendee,
            Kind kind,
            String purchaseOrder,
            long net,
            long vat,
            String waivedBy) {

        public long total() {
            return net + vat;
        }
    }

    /** One organisation's lines and totals. */
    public record Statement(long organisationId, String organisation, List<Line> lines) {

        public long net() {
            return lines.stream().mapToLong(Line::net).sum();
        }

        public long vat() {
            return lines.stream().mapToLong(Line::vat).sum();
        }

        public long total() {
            return net() + vat();
        }
    }

    public List<Statement> forTerm(Terms term) {
        return statements(lines(term.start(), term.end()));
    }

    List<Line> lines(Instant from, Instant until) {
        return jdbc.sql("""
                        select p.organisation_id, p.organisation_name, e.title, e.starts_at, p.attendee_name, p.status,
                               p.late_cancellation, p.attendance, p.charge_waived_by, b.purchase_order, e.price_pence, e.vat
                        from event_places p join events e on e.id = p.event_id join event_bookings b on b.id = p.booking_id
                        where e.price_pence > 0 and e.starts_at >= :from and e.starts_at < :until
                          and not e.attendees_confidential
                          and (p.status = :confirmed or (p.status = :cancelled and p.late_cancellation))
                        order by p.organisation_name, e.starts_at, p.attendee_name
                        """)
                .param("confirmed", PlaceStatus.CONFIRMED.name())
                .param("cancelled", PlaceStatus.CANCELLED.name())
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> {
                    String waivedBy = rs.getString("charge_waived_by");
                    Kind kind = waivedBy != null
                            ? Kind.WAIVED
                            : rs.getString("status").equals("CANCELLED")
                                    ? Kind.LATE_CANCELLATION
                                    : Attendance.of(rs.getString("attendance")) == Attendance.NO_SHOW
                                            ? Kind.NO_SHOW
                                            : Kind.PLACE;
                    long price = waivedBy == null ? rs.getLong("price_pence") : 0;
                    return new Line(
                            rs.getLong("organisation_id"),
                            rs.getString("organisation_name"),
                            rs.getString("title"),
                            rs.getTimestamp("starts_at").toInstant(),
                            rs.getString("attendee_name"),
                            kind,
                            rs.getString("purchase_order"),
                            price,
                            Vat.valueOf(rs.getString("vat")).vatOn(price),
                            waivedBy);
                })
                .list();
    }

    private static List<Statement> statements(List<Line> lines) {
        Map<Long, List<Line>> byOrganisation = new LinkedHashMap<>();
        lines.forEach(l -> byOrganisation
                .computeIfAbsent(l.organisationId(), k -> new ArrayList<>())
                .add(l));
        return byOrganisation.values().stream()
                .map(l -> new Statement(l.get(0).organisationId(), l.get(0).organisation(), l))
                .toList();
    }

    /** For the finance system: one row per line, amounts in pounds with two decimals. */
    public static String csv(List<Statement> statements) {
        List<List<?>> rows = new ArrayList<>();
        for (Statement s : statements) {
            for (Line l : s.lines()) {
                rows.add(Arrays.asList(
                        l.organisationId(),
                        l.organisation(),
                        l.event(),
                        UkTime.uk(l.eventDate()).toLocalDate(),
                        l.attendee(),
                        l.kind().label(),
                        l.purchaseOrder(),
                        pounds(l.net()),
                        pounds(l.vat()),
                        pounds(l.total()),
                        l.waivedBy()));
            }
        }
        return CsvWriter.table(
                List.of(
                        "organisation_id",
                        "organisation",
                        "event",
                        "event_date",
                        "attendee",
                        "charge",
                        "purchase_order",
                        "net",
                        "vat",
                        "total",
                        "waived_by"),
                rows);
    }

    private static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }
}
