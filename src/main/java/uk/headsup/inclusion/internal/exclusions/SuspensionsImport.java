package uk.headsup.inclusion.internal.exclusions;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.OrganisationSummary;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.internal.Dates;
import uk.headsup.inclusion.internal.RowProblem;
import uk.headsup.platform.format.CsvReader;

/**
 * A term's suspensions from a CSV exported from the school's MIS (the template is in docs/inclusion-csv.md):
 * every row is checked as the form checks one, and one bad row saves nothing of the file.
 */
@Service
@Transactional
public class SuspensionsImport {

    static final List<String> REQUIRED =
            List.of("First name", "Last name", "Date of birth", "Type", "First day", "Last day", "Reason");
    static final Map<String, String> COLUMN = Map.of(
            "firstName", "First name",
            "lastName", "Last name",
            "dateOfBirth", "Date of birth",
            "kind", "Type",
            "firstDay", "First day",
            "lastDay", "Last day",
            "reason", "Reason",
            "upn", "UPN",
            "yearGroup", "Year group",
            "sessions", "Sessions");

    private final Exclusions exclusions;

    SuspensionsImport(Exclusions exclusions) {
        this.exclusions = exclusions;
    }

    public record Result(int saved, List<RowProblem> problems) {}

    public Result importCsv(OrganisationSummary school, Reader in, String by, LocalDate today) {
        CsvReader.Table table;
        try {
            table = CsvReader.read(in);
        } catch (CsvReader.MalformedCsv e) {
            return new Result(0, List.of(new RowProblem(e.line(), "file", e.getMessage())));
        }
        List<RowProblem> problems = new ArrayList<>();
        for (String missing : table.missing(REQUIRED)) {
            problems.add(new RowProblem(1, missing, "the column is missing"));
        }
        if (table.rows().isEmpty()) {
            problems.add(new RowProblem(2, "file", "has no rows"));
        }
        if (!problems.isEmpty()) {
            return new Result(0, problems);
        }
        SchoolDays days = exclusions.schoolDays();
        List<CsvReader.Row> rows = table.rows();
        List<ExclusionRules.Notice> notices = new ArrayList<>();
        for (CsvReader.Row row : rows) {
            LocalDate dob = date(row, "Date of birth", problems);
            LocalDate first = date(row, "First day", problems);
            LocalDate last = row.get("Last day").isEmpty() ? null : date(row, "Last day", problems);
            notices.add(new ExclusionRules.Notice(
                    row.get("First name"),
                    row.get("Last name"),
                    dob,
                    row.get("Type"),
                    first,
                    last,
                    row.get("Reason"),
                    row.get("UPN")));
        }
        // What the school notified before about these pupils, read once for the whole file.
        KnownPupils known = exclusions.known(school.id(), notices);
        Map<String, Integer> inFile = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvReader.Row row = rows.get(i);
            ExclusionRules.Notice n = notices.get(i);
            LocalDate first = n.firstDay();
            LocalDate last = n.lastDay();
            String key = (n.firstName() + "|" + n.lastName() + "|" + n.dateOfBirth() + "|"
                            + (first == null ? "" : SchoolDays.academicYear(first)))
                    .toLowerCase(Locale.ROOT);
            int earlier = inFile.getOrDefault(key, 0);
            for (ExclusionRules.FieldProblem p : exclusions.check(known, n, earlier)) {
                problems.add(new RowProblem(row.line(), COLUMN.getOrDefault(p.field(), p.field()), p.message()));
            }
            String sessions = row.get("Sessions");
            if (!sessions.isEmpty() && !sessions.matches("\\d{1,3}")) {
                problems.add(new RowProblem(row.line(), "Sessions", "must be a whole number, like 4"));
            }
            if (first != null
                    && last != null
                    && !last.isBefore(first)
                    && ExclusionKind.of(n.kind()).orElse(null) == ExclusionKind.SUSPENSION) {
                inFile.merge(key, days.between(first, last), Integer::sum);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RowProblem::line));
            return new Result(0, problems);
        }
        exclusions.notifyAll(school, notices, by, today);
        return new Result(notices.size(), List.of());
    }

    private static LocalDate date(CsvReader.Row row, String column, List<RowProblem> problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null; // the rules say the date is missing, naming the field
        }
        var date = Dates.parse(text);
        if (date.isEmpty()) {
            problems.add(new RowProblem(row.line(), column, "must be a date like 01/09/2025, not '" + text + "'"));
        }
        return date.orElse(null);
    }
}
