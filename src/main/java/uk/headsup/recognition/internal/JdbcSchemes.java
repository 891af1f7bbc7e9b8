package uk.headsup.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;

@Service
@Transactional
class JdbcSchemes implements RecognitionSchemes {

    private final JdbcClient jdbc;

    JdbcSchemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void define(Scheme s) {
        jdbc.sql("""
                        insert into recognition_schemes (key, name, applicants, summary, framework_key, award_years, annual_update)
                        values (:key, :name, :applicants, :summary, :framework, :years, :annual)
                        on conflict (key) do update set name = excluded.name, applicants = excluded.applicants,
                            summary = excluded.summary, framework_key = excluded.framework_key,
                            award_years = excluded.award_years, annual_update = excluded.annual_update
                        """)
                .param("key", s.key())
                .param("name", s.name())
                .param("applicants", s.applicants().name())
                .param("summary", s.summary())
                .param("framework", s.frameworkKey())
                .param("years", s.awardYears())
                .param("annual", s.annualUpdate())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Scheme> all() {
        return jdbc.sql("select * from recognition_schemes order by name")
                .query(this::scheme)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Scheme> find(String key) {
        return jdbc.sql("select * from recognition_schemes where key = :key")
                .param("key", key)
                .query(this::scheme)
                .optional();
    }

    private Scheme scheme(ResultSet rs, int row) throws SQLException {
        return new Scheme(
                rs.getString("key"),
                rs.getString("name"),
                Scheme.Applicants.valueOf(rs.getString("applicants")),
                rs.getString("summary"),
                rs.getString("framework_key"),
                rs.getInt("award_years"),
                rs.getBoolean("annual_update"));
    }
}
