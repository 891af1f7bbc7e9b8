package uk.headsup.directory.internal.earlyyears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OfstedGradeChanged;
import uk.headsup.directory.OfstedInspection;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.csvimport.CsvImport;
import uk.headsup.directory.internal.csvimport.CsvImport.RowResult;
import uk.headsup.directory.internal.csvimport.ImportKind;
import uk.headsup.directory.internal.csvimport.ImportReports.Outcome;

/**
 * Early years settings and childminders from the authority's register (see {@code docs/directory-imports.md}),
 * added or updated by Ofsted URN. What changes (name, provider type, address, district) is recorded with the
 * date. A URN that belongs to a school from GIAS is rejected rather than overwritten. A registration resigned or
 * cancelled closes the setting (never deletes it); providers left out of the file are left as they are.
 */
@Component
public class EarlyYearsImport implements CsvImport.Kind {

    private final Providers providers;
    private final Dates dates;
    private final ApplicationEventPublisher events;

    EarlyYearsImport(Providers providers, Dates dates, ApplicationEventPublisher events) {
        this.providers = providers;
        this.dates = dates;
        this.events = events;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EY_REGISTER;
    }

    @Override
    public List<String> requiredColumns() {
        return ProviderRow.REQUIRED;
    }

    @Override
    public String template() {
        return "Ofsted URN, Name, Provider type, Address, Town, Postcode, District, Registration status, Ofsted grade,"
                + " Inspection date";
    }

    @Override
    public CsvImport.RowHandler handler(long importId) {
        LocalDate today = dates.today();
        Map<String, Integer> urns = new HashMap<>();
        return line -> {
            ProviderRow.Read read = ProviderRow.read(line);
            String urn = line.get(ProviderRow.URN);
            String name = line.get(ProviderRow.NAME);
            if (!read.problems().isEmpty()) {
                return RowResult.rejected(urn, name, String.join(". ", read.problems()));
            }
            ProviderRow row = read.row();
            Integer earlier = urns.putIfAbsent(row.urn(), line.line());
            if (earlier != null) {
                return RowResult.rejected(row.urn(), name, "Line " + earlier + " has the same Ofsted URN");
            }
            return save(row, importId, today);
        };
    }

    private RowResult save(ProviderRow row, long importId, LocalDate today) {
        Optional<Providers.Stored> found = providers.byUrn(row.urn());
        if (found.isEmpty()) {
            long id = providers.add(row);
            if (row.grade() != null) {
                events.publishEvent(new OfstedGradeChanged(
                        id, row.name(), null, new OfstedInspection(row.grade(), row.inspectedOn())));
            }
            return new RowResult(
                    Outcome.ADDED, row.urn(), row.name(), row.type().label());
        }
        Providers.Stored stored = found.get();
        if (stored.source().isGias()
                || (stored.kind() != OrganisationKind.EARLY_YEARS_SETTING
                        && stored.kind() != OrganisationKind.CHILDMINDER)) {
            return RowResult.rejected(
                    row.urn(),
                    row.name(),
                    "URN ‘" + row.urn() + "’ is " + stored.name() + ", a "
                            + stored.kind().label()
                            + (stored.source().isGias() ? " from GIAS" : "")
                            + ": check the Ofsted URN");
        }
        List<String[]> changes = new ArrayList<>();
        compare(changes, "name", "Name", stored.name(), row.name());
        compare(
                changes,
                "provider_type",
                "Provider type",
                stored.type(),
                row.type().label());
        compare(changes, "street", "Address", stored.street(), row.address());
        compare(changes, "town", "Town", stored.town(), row.town());
        compare(changes, "postcode", "Postcode", stored.postcode(), row.postcode());
        compare(changes, "district", "District", stored.district(), row.district());
        compare(changes, "status", "Status", stored.status(), Providers.status(row));
        boolean regraded = row.grade() != null
                && (row.grade() != stored.grade() || !Objects.equals(row.inspectedOn(), stored.inspectedOn()));
        if (regraded) {
            compare(
                    changes,
                    "ofsted_grade",
                    "Ofsted grade",
                    label(stored.grade()),
                    row.grade().label());
            compare(
                    changes,
                    "ofsted_inspected_on",
                    "Inspection date",
                    date(stored.inspectedOn()),
                    date(row.inspectedOn()));
        }
        if (changes.isEmpty() && stored.kind() == row.type().kind()) {
            return RowResult.unchanged(row.urn(), row.name());
        }
        providers.update(stored.id(), row);
        List<String> detail = new ArrayList<>();
        for (String[] change : changes) {
            providers.recordChange(stored.id(), today, importId, change[0], change[2], change[3]);
            detail.add(change[1] + " ‘" + shown(change[0], change[2]) + "’ → ‘" + shown(change[0], change[3]) + "’");
        }
        if (regraded && row.grade() != stored.grade()) {
            events.publishEvent(new OfstedGradeChanged(
                    stored.id(), row.name(), stored.grade(), new OfstedInspection(row.grade(), row.inspectedOn())));
        }
        return new RowResult(Outcome.UPDATED, row.urn(), row.name(), String.join("; ", detail));
    }

    private static String label(OfstedGrade grade) {
        return grade == null ? null : grade.label();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void compare(List<String[]> changes, String field, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new String[] {field, label, before, after});
        }
    }

    /** A value as the report shows it: statuses in words ("Closed"), blanks as nothing. */
    private static String shown(String field, String value) {
        if (value == null) {
            return "";
        }
        return field.equals("status") ? value.charAt(0) + value.substring(1).toLowerCase(Locale.ROOT) : value;
    }
}
