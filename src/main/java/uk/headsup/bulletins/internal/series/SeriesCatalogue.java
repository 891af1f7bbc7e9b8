package uk.headsup.bulletins.internal.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Types;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The series, as stored. */
@Repository
public class SeriesCatalogue {

    private static final String COLUMNS = "id, key, name, kind, description, default_sections, publish_day,"
            + " publish_time, public_archive, next_number";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SeriesCatalogue(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Series> all() {
        return jdbc.sql("select " + COLUMNS + " from bulletin_series order by id")
                .query(SeriesCatalogue::map)
                .list();
    }

    public Optional<Series> byKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from bulletin_series where key = :key")
                .param("key", key)
                .query(SeriesCatalogue::map)
                .optional();
    }

    public Optional<Series> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from bulletin_series where id = :id")
                .param("id", id)
                .query(SeriesCatalogue::map)
                .optional();
    }

    /** Takes the next edition number of the series (under its row lock, so two editors never get the same). */
    public int takeNumber(long seriesId) {
        return jdbc.sql(
                        "update bulletin_series set next_number = next_number + 1 where id = :id returning next_number - 1")
                .param("id", seriesId)
                .query(Integer.class)
                .single();
    }

    /** Saves the series in one transaction; the archive's page cache drops its pages before that commits. */
    @Transactional
    public void update(long id, SeriesDetails series) {
        String key = jdbc.sql("""
                        update bulletin_series set name = :name, description = :description,
                               default_sections = :sections, public_archive = :public,
                               publish_day = :day, publish_time = :time, revised_at = now()
                         where id = :id
                        returning key
                        """)
                .param("id", id)
                .param("name", series.name())
                .param("description", series.description())
                .param("sections", series.sections().toArray(String[]::new))
                .param("public", series.publicArchive())
                .param(
                        "day",
                        series.publishDay() == null ? null : series.publishDay().name(),
                        Types.VARCHAR)
                .param("time", series.publishTime() == null ? null : Time.valueOf(series.publishTime()), Types.TIME)
                .query(String.class)
                .single();
        // The archive's page cache polls published editions' revision times: a change of visibility concerns them
        // all. Every edition of the series is marked, not only the published ones, so that this package need not
        // know editions' states (the editions package uses this one); the others' revision times are never read.
        jdbc.sql("update bulletin_editions set revised_at = now() where series_id = :id")
                .param("id", id)
                .update();
        events.publishEvent(new SeriesRevised(id, key));
    }

    private static Series map(ResultSet rs, int n) throws SQLException {
        String day = rs.getString("publish_day");
        Time time = rs.getTime("publish_time");
        return new Series(
                rs.getLong("id"),
                rs.getString("key"),
                rs.getString("name"),
                Series.Kind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                Arrays.asList((String[]) rs.getArray("default_sections").getArray()),
                day == null ? null : DayOfWeek.valueOf(day),
                time == null ? null : time.toLocalTime(),
                rs.getBoolean("public_archive"),
                rs.getInt("next_number"));
    }
}
