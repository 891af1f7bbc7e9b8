package uk.headsup.recognition.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.SchemeChange;

/** The one reader and writer of {@code recognition_schemes}. */
@Service
@Transactional
class JdbcSchemes implements RecognitionSchemes {

    private final JdbcClient jdbc;
    private final Frameworks frameworks;

    JdbcSchemes(JdbcClient jdbc, Frameworks frameworks) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
    }

    @Override
    public void save(Scheme s, String by) {
        Optional<Scheme> before = find(s.key());
        if (by != null) {
            List<Scheme.Change> changes = before.map(b -> s.changesFrom(b, this::toolkitTitle))
                    .orElseGet(() -> s.settings(this::toolkitTitle).entrySet().stream()
                            .map(e -> new Scheme.Change(e.getKey(), null, e.getValue()))
                            .toList());
            changes.forEach(c -> noteChange(s.key(), c.setting(), c.before(), c.after(), by));
        }
        jdbc.sql("""
                        insert into recognition_schemes (key, name, applicants, summary, framework_key,
                            framework_version, minimum_grade, award_levels, award_years, annual_update, group_smallest,
                            group_largest, updated_by, updated_at)
                        values (:key, :name, string_to_array(:applicants, ','), :summary, :framework, :version,
                            :grade, string_to_array(:levels, E'\\n'), :years, :annual, :smallest,
                            :largest, :by,
                            case when cast(:by as text) is null then null else now() end)
                        on conflict (key) do update set name = excluded.name, applicants = excluded.applicants,
                            summary = excluded.summary, framework_key = excluded.framework_key,
                            framework_version = excluded.framework_version, minimum_grade = excluded.minimum_grade,
                            award_levels = excluded.award_levels, award_years = excluded.award_years,
                            annual_update = excluded.annual_update, group_smallest = excluded.group_smallest,
                            group_largest = excluded.group_largest, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at
                        """)
                .param("key", s.key())
                .param("name", s.name())
                .param(
                        "applicants",
                        EnumSet.copyOf(s.applicants()).stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("summary", s.summary())
                .param("framework", s.frameworkKey())
                .param("version", s.frameworkVersion())
                .param(
                        "grade",
                        s.minimumGrade() == null ? null : s.minimumGrade().name())
                .param("levels", String.join("\n", s.awardLevels()))
                .param("years", s.awardYears())
                .param("annual", s.annualUpdate())
                .param("smallest", s.groupSize().smallest())
                .param("largest", s.groupSize().largest())
                .param("by", by)
                .update();
    }

    /**
     * The title of the scheme's toolkit as the officer knows it: of the version it is held at, or of the newest; its
     * key if the framework has no such version.
     */
    private String toolkitTitle(Scheme scheme) {
        return scheme.startingVersion(frameworks.versions(scheme.frameworkKey()))
                .map(FrameworkVersion::title)
                .orElse(scheme.frameworkKey());
    }

    @Override
    public void noteChange(String key, String setting, String before, String after, String by) {
        jdbc.sql("""
                        insert into recognition_scheme_changes (scheme_key, changed_by, setting, before, after)
                        values (:key, :by, :setting, :before, :after)
                        """)
                .param("key", key)
                .param("by", by)
                .param("setting", setting)
                .param("before", before)
                .param("after", after)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SchemeChange> history(String key) {
        return jdbc.sql("""
                        select changed_at, changed_by, setting, before, after from recognition_scheme_changes
                         where scheme_key = :key order by changed_at desc, id desc
                        """)
                .param("key", key)
                .query((rs, row) -> new SchemeChange(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        rs.getString("setting"),
                        rs.getString("before"),
                        rs.getString("after")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Scheme> all() {
        return jdbc.sql("select * from recognition_schemes order by name")
                .query(JdbcSchemes::scheme)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Scheme> find(String key) {
        return jdbc.sql("select * from recognition_schemes where key = :key")
                .param("key", key)
                .query(JdbcSchemes::scheme)
                .optional();
    }

    private static Scheme scheme(ResultSet rs, int row) throws SQLException {
        Set<Scheme.Applicants> applicants = Arrays.stream(strings(rs.getArray("applicants")))
                .map(Scheme.Applicants::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scheme.Applicants.class)));
        String grade = rs.getString("minimum_grade");
        return new Scheme(
                rs.getString("key"),
                rs.getString("name"),
                applicants,
                rs.getString("summary"),
                rs.getString("framework_key"),
                rs.getObject("framework_version", Integer.class),
                grade == null ? null : OfstedGrade.valueOf(grade),
                List.of(strings(rs.getArray("award_levels"))),
                rs.getInt("award_years"),
                rs.getBoolean("annual_update"),
                new Scheme.GroupSize(rs.getInt("group_smallest"), rs.getInt("group_largest")));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
