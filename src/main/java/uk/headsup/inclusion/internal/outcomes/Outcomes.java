package uk.headsup.inclusion.internal.outcomes;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.inclusion.internal.Dates;
import uk.headsup.inclusion.internal.RowProblem;
import uk.headsup.platform.format.CsvReader;

/**
 * Excluded pupils' KS4 English and maths (grade 4 or above, grade 5 or above) and their destination a year on,
 * entered for one pupil or imported for many by UPN and date of birth. One outcome per pupil.
 */
@Service
@Transactional
public class Outcomes {

    static final List<String> COLUMNS =
            List.of("UPN", "Date of birth", "KS4 year", "English and maths 4+", "English and maths 5+", "Destination");

    public record Outcome(
            long pupilId, int ks4Year, boolean englishMaths4, boolean englishMaths5, Destination destination) {

        public String destinationLabel() {
            return destination.label();
        }
    }

    private final JdbcClient jdbc;

    Outcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Outcome o) {
        if (o.englishMaths5() && !o.englishMaths4()) {
            throw new IllegalArgumentException("A grade 5 in English and maths is also a grade 4");
        }
        jdbc.sql("""
                        insert into inclusion_outcomes (pupil_id, ks4_year, english_maths_4, english_maths_5, destination)
                        values (:pupil, :year, :four, :five, :destination)
                        on conflict (pupil_id) do update set ks4_year = excluded.ks4_year,
                               english_maths_4 = excluded.english_maths_4, english_maths_5 = excluded.english_maths_5,
                               destination = excluded.destination
                        """)
                .param("pupil", o.pupilId())
                .param("year", o.ks4Year())
                .param("four", o.englishMaths4())
                .param("five", o.englishMaths5())
                .param("destination", o.destination().name())
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Outcome> of(long pupilId) {
        return jdbc.sql("select pupil_id, ks4_year, english_maths_4, english_maths_5, destination"
                        + " from inclusion_outcomes where pupil_id = :id")
                .param("id", pupilId)
                .query((rs, n) -> new Outcome(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        Destination.valueOf(rs.getString(5))))
                .optional();
    }

    @Transactional(readOnly = true)
    public int count() {
        return jdbc.sql("select count(*) from inclusion_outcomes")
                .query(Integer.class)
                .single();
    }

    public record ImportResult(int saved, List<RowProblem> problems) {}

    /** Outcomes from CSV, matched to pupils by UPN and date of birth; one bad row and nothing is saved. */
    public ImportResult importCsv(Reader in) {
        CsvReader.Table table;
        try {
            table = CsvReader.read(in);
        } catch (CsvReader.MalformedCsv e) {
            return new ImportResult(0, List.of(new RowProblem(e.line(), "file", e.getMessage())));
        }
        List<RowProblem> problems = new ArrayList<>();
        table.missing(COLUMNS).forEach(c -> problems.add(new RowProblem(1, c, "the column is missing")));
        if (!problems.isEmpty()) {
            return new ImportResult(0, problems);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (CsvReader.Row row : table.rows()) {
            var dob = Dates.parse(row.get("Date of birth"));
            if (dob.isEmpty()) {
                problems.add(new RowProblem(row.line(), "Date of birth", "must be a date like 01/09/2009"));
            }
            Long pupil = null;
            if (dob.isPresent()) {
                pupil = jdbc.sql(
                                "select id from inclusion_pupils where upper(upn) = upper(:upn) and date_of_birth = :dob")
                        .param("upn", row.get("UPN").replace(" ", ""))
                        .param("dob", dob.get())
                        .query(Long.class)
                        .optional()
                        .orElse(null);
                if (pupil == null) {
                    problems.add(new RowProblem(row.line(), "UPN", "no excluded pupil has this UPN and date of birth"));
                }
            }
            String year = row.get("KS4 year");
            if (!year.matches("20\\d{2}")) {
                problems.add(new RowProblem(row.line(), "KS4 year", "must be the year of the exams, like 2025"));
            }
            Boolean four = yesNo(row.get("English and maths 4+"));
            Boolean five = yesNo(row.get("English and maths 5+"));
            if (four == null) {
                problems.add(new RowProblem(row.line(), "English and maths 4+", "must be Yes or No"));
            }
            if (five == null) {
                problems.add(new RowProblem(row.line(), "English and maths 5+", "must be Yes or No"));
            }
            if (four != null && five != null && five && !four) {
                problems.add(new RowProblem(row.line(), "English and maths 5+", "is Yes but 4+ is No"));
            }
            Destination destination = Destination.of(row.get("Destination")).orElse(null);
            if (destination == null) {
                problems.add(new RowProblem(
                        row.line(), "Destination", "must be Sustained, Not sustained, NEET or Not known"));
            }
            if (problems.isEmpty()) {
                outcomes.add(new Outcome(pupil, Integer.parseInt(year), four, five, destination));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, problems);
        }
        outcomes.forEach(this::record);
        return new ImportResult(outcomes.size(), List.of());
    }

    private static Boolean yesNo(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> null;
        };
    }
}
