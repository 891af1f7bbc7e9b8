package uk.headsup.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the schema's Flyway migrations ({@code db/migration/<module>}) at start-up, before anything uses the
 * database (beans that depend on database initialization wait for this one: {@link SchemaMigrationsDetector}).
 *
 * <p>Most starts have nothing to migrate, and for them building Flyway was the costly part: each of its plugins copies
 * its settings through a new Jackson {@code ObjectMapper}, about 700 classes loaded and a second's CPU on every start.
 * So the history table is read first: when it records every migration script in the application, each applied
 * successfully with the checksum Flyway gives the script now, and nothing else (no failed, baseline or Java migration,
 * no script it lacks), the schema is current and Flyway is not built. Any difference at all, or a history table that
 * cannot be read, and Flyway migrates and validates exactly as before (including refusing a changed or missing
 * script). The check can only send a start to Flyway that did not need it, never skip one that did.
 *
 * <p>Boot's Flyway auto-configuration is excluded (application.yml) so that no Flyway bean exists; this class applies
 * the {@code spring.flyway.*} settings listed in docs/operations.md.
 */
public final class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final DataSource dataSource;
    private final FlywayProperties settings;
    private final ClassLoader classLoader;
    private Set<Script> cachedScripts;

    SchemaMigrations(DataSource dataSource, FlywayProperties settings, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.classLoader = classLoader;
    }

    @Override
    public void afterPropertiesSet() {
        if (!settings.isEnabled()) {
            return;
        }
        if (isCurrent()) {
            log.info(
                    "Schema is up to date: all {} migrations applied",
                    scriptsOrEmpty().size());
            return;
        }
        flyway().migrate();
    }

    /** True when the history table records exactly the application's migration scripts, all applied successfully. */
    boolean isCurrent() {
        Set<Script> inApplication = scriptsOrEmpty();
        if (inApplication.isEmpty()) {
            return false;
        }
        try {
            return applied().equals(inApplication);
        } catch (SQLException | RuntimeException unreadable) {
            log.debug("Schema history not readable ({}): Flyway decides", unreadable.toString());
            return false;
        }
    }

    /** The migrations the history table records as applied; a failed or non-SQL one makes the set unmatchable. */
    private Set<Script> applied() throws SQLException {
        String schema = settings.getSchemas().isEmpty()
                ? settings.getDefaultSchema()
                : settings.getSchemas().get(0);
        String table = quoted(settings.getTable());
        if (schema != null) {
            table = quoted(schema) + "." + table;
        }
        Set<Script> applied = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select script, checksum, success, type from " + table)) {
            while (rows.next()) {
                String type = rows.getString("type");
                if ("SCHEMA".equals(type)) {
                    continue; // "<< Flyway Schema Creation >>": Flyway created the schema once
                }
                int checksum = rows.getInt("checksum");
                boolean known = !rows.wasNull();
                if (!"SQL".equals(type) || !rows.getBoolean("success") || !known) {
                    return Set.of(); // something only Flyway can judge
                }
                if (!applied.add(new Script(rows.getString("script"), checksum))) {
                    return Set.of(); // a repeatable migration applied again
                }
            }
        }
        return applied;
    }

    private Set<Script> scriptsOrEmpty() {
        try {
            return scripts();
        } catch (IOException | RuntimeException unreadable) {
            log.debug("Migration scripts not listed ({}): Flyway decides", unreadable.toString());
            return Set.of();
        }
    }

    /** Every {@code .sql} file under the locations, by its path within its location as Flyway records it. */
    private Set<Script> scripts() throws IOException {
        if (cachedScripts != null) {
            return cachedScripts;
        }
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        Charset encoding = settings.getEncoding();
        Set<Script> scripts = new HashSet<>();
        for (String location : settings.getLocations()) {
            String path;
            String pattern;
            if (location.startsWith("filesystem:")) {
                path = location.substring("filesystem:".length());
                pattern = "file:" + path;
            } else if (location.startsWith("classpath:") || !location.contains(":")) {
                path = location.substring(location.indexOf(':') + 1);
                pattern = "classpath*:" + path;
            } else {
                return Set.of(); // a kind of location only Flyway knows
            }
            path = path.replaceAll("^/+|/+$", "");
            if (path.isEmpty() || path.contains("{") || path.contains("*")) {
                return Set.of();
            }
            for (Resource resource : resolver.getResources(pattern + "/**/*.sql")) {
                String url = URLDecoder.decode(resource.getURL().toString(), StandardCharsets.UTF_8);
                int at = url.lastIndexOf(path + "/");
                if (at < 0) {
                    return Set.of();
                }
                scripts.add(new Script(url.substring(at + path.length() + 1), checksum(resource, encoding)));
            }
        }
        cachedScripts = Set.copyOf(scripts);
        return cachedScripts;
    }

    /** Flyway's checksum of a script: CRC32 of its lines' UTF-8 bytes, without line breaks or a byte order mark. */
    static int checksum(Resource script, Charset encoding) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(script.getInputStream(), encoding), 4096)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    private Flyway flyway() {
        FluentConfiguration flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(settings.getLocations().toArray(String[]::new))
                .schemas(settings.getSchemas().toArray(String[]::new));
        if (settings.getDefaultSchema() != null) {
            flyway.defaultSchema(settings.getDefaultSchema());
        }
        if (settings.getBaselineVersion() != null) {
            flyway.baselineVersion(settings.getBaselineVersion());
        }
        return flyway.createSchemas(settings.isCreateSchemas())
                .table(settings.getTable())
                .encoding(settings.getEncoding())
                .outOfOrder(settings.isOutOfOrder())
                .baselineOnMigrate(settings.isBaselineOnMigrate())
                .validateOnMigrate(settings.isValidateOnMigrate())
                .cleanDisabled(settings.isCleanDisabled())
                .load();
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    record Script(String path, int checksum) {}
}
