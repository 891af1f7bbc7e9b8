package uk.headsup.directory.internal.gias;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import uk.headsup.directory.OrganisationClosed;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.internal.OrganisationSource;
import uk.headsup.directory.internal.csvimport.ImportKind;
import uk.headsup.directory.internal.csvimport.ImportStatus;

/**
 * Imports a GIAS {@code edubasealldata} file into the directory. Keeps the establishments of the given local
 * authorities and every establishment already in the directory; adds, updates and closes them by URN (never deletes),
 * records what changed, and links them to their academy trusts. All of it happens in one transaction, under a database
 * lock that lets one import run at a time across all nodes; the report is saved whatever the outcome.
 */
@Service
public class GiasImport {

    private static final Logger log = LoggerFactory.getLogger(GiasImport.class);
    /** The advisory lock that one import at a time holds, on every node (the digits spell "GIAS" in ASCII). */
    static final long LOCK = 71_73_65_83L;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIELDS =
            Stream.of(GiasField.ALL).map(GiasField::column).collect(Collectors.joining(", "));
    /** The columns of {@code organisations} that hold GIAS fields (the trust is a link, set apart). */
    private static final String STORED = Stream.of(GiasField.ALL)
            .filter(f -> f != GiasField.TRUST)
            .map(GiasField::column)
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final GiasImportReports reports;
    private final Clock clock;
    private final GiasLinks links;
    private final ApplicationEventPublisher events;

    GiasImport(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            GiasImportReports reports,
            GiasLinks links,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactions);
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Imports a file already in hand (for loaders such as the demo county), keeping the establishments of these local
     * authorities; the report (saved, and returned) says what happened.
     */
    public GiasImportReport run(String fileName, byte[] content, Collection<String> laCodes, String startedBy) {
        return run(
                GiasSource.of(fileName, () -> new ByteArrayInputStream(content)),
                startedBy,
                LocalAuthorities.of(laCodes));
    }

    /** Imports the file; the report (saved, and returned) says what happened. */
    public GiasImportReport run(GiasSource source, String startedBy, LocalAuthorities keep) {
        Instant started = clock.instant();
        try (InputStream in = source.open();
                GiasFile reader = GiasFile.open(in)) {
            if (GiasLinks.isLinksFile(reader.header())) {
                GiasLinks.Imported imported = transactions.execute(tx -> links.replace(reader));
                GiasImportReport report = reports.saveLinks(source.name(), startedBy, keep, started, imported);
                log.info(report.summary());
                return report;
            }
            GiasColumns columns = new GiasColumns(reader.header());
            List<String> missing = columns.missingRequired();
            if (!missing.isEmpty()) {
                throw new GiasFileRefused(missingColumns(missing));
            }
            Run run = new Run(reader, columns, keep);
            Long id = transactions.execute(tx -> run.execute(source.name(), startedBy, started));
            GiasImportReport report = reports.find(id).orElseThrow();
            log.info(report.summary());
            return report;
        } catch (GiasFileRefused refused) {
            log.warn("GIAS import of {} refused: {}", source.name(), refused.getMessage());
            return reports.saveUnread(
                    ImportStatus.REFUSED, source.name(), startedBy, keep, started, refused.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("GIAS import of {} failed", source.name(), e);
            return reports.saveUnread(ImportStatus.FAILED, source.name(), startedBy, keep, started, failure(e));
        }
    }

    static String missingColumns(List<String> missing) {
        return (missing.size() == 1
                        ? "The file has no " + missing.get(0) + " column"
                        : "The file has no " + String.join(", ", missing.subList(0, missing.size() - 1)) + " or "
                                + missing.get(missing.size() - 1) + " columns")
                + ". A GIAS file needs the columns " + String.join(", ", GiasColumns.REQUIRED)
                + ": is it the establishment fields CSV (edubasealldata) from Get Information about Schools?";
    }

    private static String failure(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String what = cause instanceof NoSuchFileException missing
                ? "there is no file " + missing.getFile()
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "Nothing was saved: " + what;
    }

    /** How long each phase of an import took, for the debug log. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long start = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ")
                    .append(phase)
                    .append(' ')
                    .append((now - start) / 1_000_000)
                    .append(" ms");
            start = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** An existing organisation with a URN, as the directory has it. */
    private record Existing(long id, String hash, String[] values, String trustName) {}

    /** An establishment to update: its values, its row as JSON and the hash of its values. */
    private record Changed(long existingId, String[] values, String json, String hash) {}

    private record Change(long organisationId, LocalDate on, String topic, String before, String after) {}

    private record ReportRow(int line, String outcome, String urn, String name, String detail) {}

    /** One import: its state from the first record to the report. */
    private final class Run {
        private final GiasFile reader;
        private final GiasColumns columns;
        private final GiasRowMapper mapper;
        private final Set<GiasField> absent;
        private final LocalAuthorities keep;
        private final LocalDate today = LocalDate.now(clock.withZone(LONDON));
        private final MessageDigest sha256;

        private final Map<String, Existing> existing = new HashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<String, String> trusts = new HashMap<>();
        private final List<Change> changes = new ArrayList<>();
        private final List<Changed> changed = new ArrayList<>();
        private final List<String[]> addedTrusts = new ArrayList<>();
        private final List<ReportRow> rows = new ArrayList<>();
        private final List<OrganisationClosed> closures = new ArrayList<>();
        private int read;
        private int added;
        private int updated;
        private int closed;
        private int unchanged;
        private int rejected;
        private int skipped;

        Run(GiasFile reader, GiasColumns columns, LocalAuthorities keep) {
            this.reader = reader;
            this.columns = columns;
            this.mapper = new GiasRowMapper(columns);
            this.absent = columns.absent();
            this.keep = keep;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        long execute(String fileName, String startedBy, Instant started) {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                    .param("lock", LOCK)
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                throw new GiasFileRefused("Another GIAS import is running: try again when it has finished");
            }
            long id = jdbc.sql("""
                            insert into directory_imports (kind, file_name, started_at, started_by, la_codes)
                            values (:gias, :file, :started, :by, :la) returning id
                            """)
                    .param("gias", ImportKind.GIAS.name())
                    .param("file", fileName)
                    .param("started", Timestamp.from(started))
                    .param("by", startedBy)
                    .param("la", keep.describe())
                    .query(Long.class)
                    .single();
            Phases phases = new Phases();
            loadExisting();
            phases.done("load the directory's establishments");
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                readFile(connection);
                phases.done("read the file and copy new establishments");
                int[] trustCounts = saveTrusts(connection, id);
                linkAddedToTrusts(connection);
                phases.done("save trusts");
                saveChanged(connection);
                phases.done("update changed establishments");
                saveChanges(connection, id);
                saveReportRows(connection, id);
                phases.done("save changes and report rows");
                log.debug("GIAS import {}: {}", id, phases);
                jdbc.sql("""
                                update directory_imports set status = :done, finished_at = clock_timestamp(),
                                       rows_read = :read, added = :added, updated = :updated, closed = :closed,
                                       unchanged = :unchanged, rejected = :rejected, skipped = :skipped,
                                       trusts_added = :trustsAdded, trusts_renamed = :trustsRenamed,
                                       message = :message
                                 where id = :id and status in (:running)
                                """)
                        .param("done", ImportStatus.DONE.name())
                        .param("running", ImportStatus.namesThatMayBecome(ImportStatus.DONE))
                        .param("id", id)
                        .param("read", read)
                        .param("added", added)
                        .param("updated", updated)
                        .param("closed", closed)
                        .param("unchanged", unchanged)
                        .param("rejected", rejected)
                        .param("skipped", skipped)
                        .param("trustsAdded", trustCounts[0])
                        .param("trustsRenamed", trustCounts[1])
                        .param("message", keep.all() || !keep.codes().isEmpty() ? null : noAuthorities())
                        .update();
                closures.forEach(events::publishEvent);
                return id;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        private static String noAuthorities() {
            return "No local authority codes are set (headsup.authority.la-codes), so only establishments already in"
                    + " the directory were kept.";
        }

        private void loadExisting() {
            StringBuilder select = new StringBuilder("select o.id, o.urn, o.source_hash, t.name");
            for (GiasField field : GiasField.ALL) {
                select.append(", ")
                        .append(
                                switch (field) {
                                    case TRUST -> "t.code";
                                    case OPENED_ON, CLOSED_ON, LAST_CHANGED ->
                                        "to_char(o." + field.column() + ", 'YYYY-MM-DD')";
                                    case LOW_AGE, HIGH_AGE, EASTING, NORTHING -> "o." + field.column() + "::text";
                                    default -> "o." + field.column();
                                });
            }
            select.append(
                    " from organisations o left join organisations t on t.id = o.trust_id where o.urn is not null");
            jdbc.sql(select.toString()).query(rs -> {
                String[] values = new String[GiasField.ALL.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getString(5 + i);
                }
                existing.put(rs.getString(2), new Existing(rs.getLong(1), rs.getString(3), values, rs.getString(4)));
            });
        }

        /**
         * Reads the file and decides what to do with each record: new establishments are copied straight into
         * {@code organisations} (their trusts are linked afterwards), changed ones are kept for {@link #saveChanged}.
         */
        private void readFile(Connection connection) throws SQLException {
            CopyWriter newRows = new CopyWriter(
                    connection, "organisations", "kind, source, urn, " + STORED + ", source_row, source_hash");
            try {
                while (reader.next()) {
                    read++;
                    decide(newRows);
                }
                newRows.finish();
            } catch (SQLException | RuntimeException e) {
                newRows.cancel();
                throw e;
            }
        }

        /** Links the establishments just added to their trusts. */
        private void linkAddedToTrusts(Connection connection) throws SQLException {
            if (addedTrusts.isEmpty()) {
                return;
            }
            jdbc.sql("create temporary table gias_added_trusts (urn text, trust_code text) on commit drop")
                    .update();
            CopyWriter copy = new CopyWriter(connection, "gias_added_trusts", "urn, trust_code");
            for (String[] link : addedTrusts) {
                copy.add(link[0]).add(link[1]).endRow();
            }
            copy.finish();
            jdbc.sql("""
                            update organisations o set trust_id = t.id
                              from gias_added_trusts a join organisations t on t.kind = :trust and t.code = a.trust_code
                             where o.urn = a.urn
                            """).param("trust", OrganisationKind.ACADEMY_TRUST.name()).update();
        }

        /** Updates the establishments that changed, through a staging table. */
        private void saveChanged(Connection connection) throws SQLException {
            if (changed.isEmpty()) {
                return;
            }
            StringBuilder table = new StringBuilder("create temporary table gias_incoming (existing_id bigint");
            for (GiasField field : GiasField.ALL) {
                table.append(", ").append(field.column()).append(' ').append(field.sqlType());
            }
            jdbc.sql(table.append(", source_row text, source_hash text) on commit drop")
                            .toString())
                    .update();
            CopyWriter staging =
                    new CopyWriter(connection, "gias_incoming", "existing_id, " + FIELDS + ", source_row, source_hash");
            for (Changed row : changed) {
                staging.add(row.existingId());
                for (String value : row.values()) {
                    staging.add(value);
                }
                staging.add(row.json()).add(row.hash()).endRow();
            }
            staging.finish();
            String assignments = Stream.of(GiasField.ALL)
                    .filter(f -> f != GiasField.TRUST)
                    .map(f -> f.column() + " = s." + f.column())
                    .collect(Collectors.joining(", "));
            jdbc.sql("update organisations o set source = :gias, " + assignments
                            + ", trust_id = t.id, source_row = s.source_row::jsonb, source_hash = s.source_hash,"
                            + " updated_at = now()"
                            + " from gias_incoming s left join organisations t"
                            + " on t.kind = :trust and t.code = s.trust_code"
                            + " where o.id = s.existing_id")
                    .param("gias", OrganisationSource.GIAS.name())
                    .param("trust", OrganisationKind.ACADEMY_TRUST.name())
                    .update();
        }

        private void decide(CopyWriter newRows) throws SQLException {
            int line = reader.line();
            List<String> fields = reader.fields();
            GiasRow row;
            try {
                row = mapper.map(line, fields);
            } catch (RowRejected e) {
                reject(line, fields, e.getMessage());
                return;
            }
            Integer earlier = seen.putIfAbsent(row.urn(), line);
            if (earlier != null) {
                reject(line, fields, "URN " + row.urn() + " is also on line " + earlier);
                return;
            }
            Existing before = existing.get(row.urn());
            if (before == null && !keep.includes(row.laCode())) {
                skipped++;
                return;
            }
            String[] values = row.values();
            if (before != null) {
                for (GiasField field : absent) {
                    values[field.ordinal()] = before.values()[field.ordinal()];
                }
            }
            if (values[GiasField.TRUST.ordinal()] != null) {
                String trustName = row.trustName() != null
                        ? row.trustName()
                        : before != null && before.trustName() != null
                                ? before.trustName()
                                : "Academy trust " + values[GiasField.TRUST.ordinal()];
                trusts.put(values[GiasField.TRUST.ordinal()], trustName);
            }
            String hash = hash(values);
            if (before == null) {
                added++;
                rows.add(new ReportRow(line, "ADDED", row.urn(), row.name(), null));
                add(newRows, row, hash, fields);
                return;
            }
            if (hash.equals(before.hash())) {
                unchanged++;
                return;
            }
            Set<String> topics = GiasTopics.changed(before.values(), values);
            changed.add(new Changed(before.id(), values, json(columns.header(), fields), hash));
            if (topics.isEmpty()) {
                unchanged++; // only the stored hash was out of date
                return;
            }
            LocalDate on = changedOn(values);
            for (String topic : topics) {
                if (GiasField.inHistory(topic)) {
                    changes.add(new Change(
                            before.id(),
                            on,
                            topic,
                            GiasTopics.describe(topic, before.values(), before.trustName()),
                            GiasTopics.describe(topic, values, trusts.get(values[GiasField.TRUST.ordinal()]))));
                }
            }
            boolean closes = "CLOSED".equals(values[GiasField.STATUS.ordinal()])
                    && !"CLOSED".equals(before.values()[GiasField.STATUS.ordinal()]);
            if (closes) {
                closed++;
                closures.add(new OrganisationClosed(before.id(), row.name()));
            } else {
                updated++;
            }
            rows.add(new ReportRow(
                    line, closes ? "CLOSED" : "UPDATED", row.urn(), row.name(), String.join(", ", topics)));
        }

        /** GIAS's own date of the change when it gives one (and it is not in the future), otherwise today. */
        private LocalDate changedOn(String[] values) {
            String lastChanged = values[GiasField.LAST_CHANGED.ordinal()];
            if (lastChanged == null) {
                return today;
            }
            LocalDate date = LocalDate.parse(lastChanged);
            return date.isAfter(today) ? today : date;
        }

        private void reject(int line, List<String> fields, String reason) {
            rejected++;
            rows.add(new ReportRow(line, "REJECTED", mapper.urnOf(fields), mapper.nameOf(fields), reason));
        }

        private void add(CopyWriter newRows, GiasRow row, String hash, List<String> fields) throws SQLException {
            newRows.add(OrganisationKind.SCHOOL.name())
                    .add(OrganisationSource.GIAS.name())
                    .add(row.urn());
            for (GiasField field : GiasField.ALL) {
                if (field != GiasField.TRUST) {
                    newRows.add(row.get(field));
                }
            }
            newRows.add(json(columns.header(), fields)).add(hash).endRow();
            if (row.trustCode() != null) {
                addedTrusts.add(new String[] {row.urn(), row.trustCode()});
            }
        }

        private String hash(String[] values) {
            StringBuilder all = new StringBuilder(512);
            for (String value : values) {
                if (value == null) {
                    all.append('\u0001');
                } else {
                    all.append(value);
                }
                all.append('\u0000');
            }
            byte[] digest = sha256.digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        }

        /** Adds the trusts the kept establishments belong to, and renames those GIAS now names otherwise. */
        private int[] saveTrusts(Connection connection, long id) throws SQLException {
            if (trusts.isEmpty()) {
                return new int[] {0, 0};
            }
            jdbc.sql("create temporary table gias_trusts (code text, name text) on commit drop")
                    .update();
            CopyWriter copy = new CopyWriter(connection, "gias_trusts", "code, name");
            for (Map.Entry<String, String> trust : trusts.entrySet()) {
                copy.add(trust.getKey()).add(trust.getValue()).endRow();
            }
            copy.finish();
            jdbc.sql("""
                            insert into organisation_changes (organisation_id, changed_on, import_id, field, old_value, new_value)
                            select o.id, :today, :import, 'name', o.name, t.name
                              from organisations o join gias_trusts t on o.kind = :trust and o.code = t.code
                             where o.name <> t.name
                            """)
                    .param("trust", OrganisationKind.ACADEMY_TRUST.name())
                    .param("today", today)
                    .param("import", id)
                    .update();
            int renamed = jdbc.sql("""
                            update organisations o set name = t.name, source = :gias, updated_at = now()
                              from gias_trusts t
                             where o.kind = :trust and o.code = t.code and o.name <> t.name
                            """)
                    .param("gias", OrganisationSource.GIAS.name())
                    .param("trust", OrganisationKind.ACADEMY_TRUST.name())
                    .update();
            int addedTrusts = jdbc.sql("""
                            insert into organisations (kind, source, code, name)
                            select :trust, :gias, t.code, t.name from gias_trusts t
                             where not exists (select 1 from organisations o where o.kind = :trust and o.code = t.code)
                            """)
                    .param("gias", OrganisationSource.GIAS.name())
                    .param("trust", OrganisationKind.ACADEMY_TRUST.name())
                    .update();
            return new int[] {addedTrusts, renamed};
        }

        private void saveChanges(Connection connection, long id) throws SQLException {
            if (changes.isEmpty()) {
                return;
            }
            CopyWriter copy = new CopyWriter(
                    connection,
                    "organisation_changes",
                    "organisation_id, changed_on, import_id, field, old_value, new_value");
            for (Change change : changes) {
                copy.add(change.organisationId())
                        .add(change.on().toString())
                        .add(id)
                        .add(change.topic())
                        .add(change.before())
                        .add(change.after())
                        .endRow();
            }
            copy.finish();
        }

        private void saveReportRows(Connection connection, long id) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            CopyWriter copy = new CopyWriter(
                    connection, "directory_import_rows", "import_id, line, outcome, reference, name, detail");
            for (ReportRow row : rows) {
                copy.add(id)
                        .add(row.line())
                        .add(row.outcome())
                        .add(row.urn())
                        .add(row.name())
                        .add(row.detail())
                        .endRow();
            }
            copy.finish();
        }
    }

    /** Every non-empty column of a record, by header name, as a JSON object (Jackson's streaming writer). */
    static String json(List<String> header, List<String> fields) {
        StringWriter out = new StringWriter(fields.size() * 24);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (int i = 0; i < fields.size() && i < header.size(); i++) {
                String value = fields.get(i);
                if (!value.isBlank()) {
                    json.writeStringProperty(header.get(i), value);
                }
            }
            json.writeEndObject();
        }
        return out.toString();
    }
}
