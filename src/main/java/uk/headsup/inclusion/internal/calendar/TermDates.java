package uk.headsup.inclusion.internal.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import java.io.Reader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.headsup.inclusion.SchoolCalendar;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.SchoolDays.Kind;
import uk.headsup.inclusion.SchoolDays.Period;
import uk.headsup.inclusion.internal.Dates;
import uk.headsup.inclusion.internal.RowProblem;
import uk.headsup.platform.Caches;
import uk.headsup.platform.format.CsvReader;

/**
 * The authority's term dates, per academic year, as the inclusion officer imports or types them; and the school
 * days they make, kept in memory for {@link #FRESH_FOR} (forgotten at once on the node that changed them; the other
 * nodes read them again when that time is up).
 */
@Service
@Transactional
public class TermDates implements SchoolCalendar {

    static final List<String> COLUMNS = List.of("Academic year", "Kind", "Name", "Start date", "End date");

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Cache<String, SchoolDays> cached;

    TermDates(JdbcClient jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.cached = caches.aged("inclusion.school-days", 1, FRESH_FOR);
    }

    @Override
    @Transactional(readOnly = true)
    public SchoolDays schoolDays() {
        return cached.get("all", all -> new SchoolDays(all()));
    }

    @Transactional(readOnly = true)
    public List<Period> all() {
        return jdbc.sql("select academic_year, kind, name, starts_on, ends_on from inclusion_term_dates"
                        + " order by starts_on, kind")
                .query((rs, n) -> new Period(
                        rs.getString(1),
                        Kind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate()))
                .list();
    }

    public boolean hasYear(String academicYear) {
        return jdbc.sql("select exists (select 1 from inclusion_term_dates where academic_year = :y)")
                .param("y", academicYear)
                .query(Boolean.class)
                .single();
    }

    /** Adds one period, typed in. */
    public void add(Period period) {
        insert(period);
        forget();
    }

    public void removeYear(String academicYear) {
        jdbc.sql("delete from inclusion_term_dates where academic_year = :y")
                .param("y", academicYear)
                .update();
        forget();
    }

    /**
     * Reads the dates again next time: now, and again once the change is committed or rolled back (so a read
     * meanwhile on another thread cannot keep the dates from before).
     */
    private void forget() {
        cached.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached.invalidateAll();
                }
            });
        }
    }

    /** The outcome of an import: the periods saved, or every problem (and nothing saved). */
    public record ImportResult(List<Period> saved, List<RowProblem> problems) {}

    /**
     * Reads term dates from CSV; a year in the file replaces that year's dates. Any problem, and nothing is saved.
     */
    public ImportResult importCsv(Reader in) {
        List<RowProblem> problems = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        CsvReader.Table table;
        try {
            table = CsvReader.read(in);
        } catch (CsvReader.MalformedCsv e) {
            return new ImportResult(List.of(), List.of(new RowProblem(e.line(), "file", e.getMessage())));
        }
        for (String missing : table.missing(COLUMNS)) {
            problems.add(new RowProblem(1, missing, "the column is missing"));
        }
        if (!problems.isEmpty()) {
            return new ImportResult(List.of(), problems);
        }
        for (CsvReader.Row row : table.rows()) {
            String year = row.get("Academic year");
            if (!year.matches("\\d{4}-\\d{2}")
                    || (Integer.parseInt(year.substring(0, 4)) + 1) % 100 != Integer.parseInt(year.substring(5))) {
                problems.add(new RowProblem(row.line(), "Academic year", "must be like 2025-26"));
            }
            Kind kind = kind(row.get("Kind"));
            if (kind == null) {
                problems.add(new RowProblem(
                        row.line(),
                        "Kind",
                        "must be Term, Half-term, INSET day or Bank holiday, not '" + row.get("Kind") + "'"));
            }
            if (row.get("Name").isEmpty()) {
                problems.add(new RowProblem(row.line(), "Name", "is blank"));
            }
            LocalDate start = date(row, "Start date", problems);
            LocalDate end = date(row, "End date", problems);
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(new RowProblem(row.line(), "End date", "is before the start date"));
            }
            if (problems.isEmpty()) {
                periods.add(new Period(year, kind, row.get("Name"), start, end));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(new RowProblem(2, "file", "has no term dates"));
        }
        if (!problems.isEmpty()) {
            return new ImportResult(List.of(), problems);
        }
        periods.stream().map(Period::academicYear).distinct().forEach(this::removeYear);
        periods.forEach(this::insert);
        forget();
        return new ImportResult(periods, List.of());
    }

    private void insert(Period p) {
        jdbc.sql("""
                        insert into inclusion_term_dates (academic_year, kind, name, starts_on, ends_on)
                        values (:year, :kind, :name, :start, :end)
                        """)
                .param("year", p.academicYear())
                .param("kind", p.kind().name())
                .param("name", p.name())
                .param("start", p.startsOn())
                .param("end", p.endsOn())
                .update();
    }

    private static LocalDate date(CsvReader.Row row, String column, List<RowProblem> problems) {
        var date = Dates.parse(row.get(column));
        if (date.isEmpty()) {
            problems.add(new RowProblem(row.line(), column, "must be a date like 01/09/2025"));
        }
        return date.orElse(null);
    }

    static Kind kind(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("-", " ").replace("_", " ");
        return switch (t) {
            case "term" -> Kind.TERM;
            case "half term" -> Kind.HALF_TERM;
            case "inset", "inset day" -> Kind.INSET;
            case "bank holiday" -> Kind.BANK_HOLIDAY;
            default -> null;
        };
    }
}
