package uk.headsup.directory.internal.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.DirectoryRecords.NewOrganisation;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;
import uk.headsup.directory.internal.csvimport.ImportStatus;
import uk.headsup.support.HeadsUpIntegrationTest;

/** The GIAS import against the real database, with the fixtures that imitate GIAS's file. */
@HeadsUpIntegrationTest
class GiasImportIT {

    private static final LocalAuthorities ELMSHIRE = LocalAuthorities.of(List.of("937"));

    @Autowired
    GiasImport gias;

    @Autowired
    GiasImportReports reports;

    @Autowired
    DirectoryRecords directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    @AfterEach
    void removeImportedEstablishments() {
        jdbc.sql("delete from organisations where urn ~ '^1[0-5][0-9]{4}$'").update();
        jdbc.sql("delete from organisations where kind = 'ACADEMY_TRUST' and source = 'GIAS'")
                .update();
        jdbc.sql("delete from directory_imports").update();
    }

    @Test
    void keepsTheAuthoritysEstablishmentsAndThoseAlreadyInTheDirectory() {
        long existing = alreadyInTheDirectory("150008", "Bramcote Parva Primary");

        GiasImportReport report = run("edubasealldata-older.csv", ELMSHIRE);

        assertThat(report.status()).isEqualTo(ImportStatus.DONE);
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.added()).isEqualTo(8);
        assertThat(report.updated())
                .as("150008, now of LA 938, was already in the directory")
                .isEqualTo(1);
        assertThat(report.skipped()).as("150007 of LA 938").isEqualTo(1);
        assertThat(report.rejected()).isZero();
        assertThat(report.trustsAdded()).isEqualTo(1);
        assertThat(urns())
                .containsExactly(
                        "150001", "150002", "150003", "150004", "150005", "150006", "150008", "150009", "150010");
        assertThat(column("150008", "id")).isEqualTo(String.valueOf(existing));
        assertThat(column("150008", "la_code")).isEqualTo("938");
        assertThat(column("150008", "source")).isEqualTo("GIAS");

        assertThat(column("150004", "name")).isEqualTo("École Française d’Elmshire");
        assertThat(column("150004", "locality")).isEqualTo("Maison-à-Bois");
        assertThat(column("150004", "address3")).isEqualTo("Block B, 2° Floor");
        assertThat(column("150004", "phase")).isEqualTo("NOT_APPLICABLE");
        assertThat(column("150003", "name")).isEqualTo("The \"Old Mill\" Nursery School");
        assertThat(column("150003", "street")).isEqualTo("12 Mill Road – Unit 2");
        assertThat(column("150001", "head_name")).isEqualTo("Mrs Amélie Durand");
        assertThat(column("150001", "district")).isEqualTo("Northbrook");
        assertThat(column("150001", "district_code")).isEqualTo("E07000901");
        assertThat(column("150001", "source_updated_on")).isEqualTo("2025-03-03");
        assertThat(column("150001", "source_row ->> 'GOR (name)'")).isEqualTo("West Midlands");
        assertThat(column("150005", "status")).isEqualTo("PROPOSED_TO_CLOSE");
        assertThat(column("150006", "status")).isEqualTo("CLOSED");
        assertThat(column("150006", "closed_on")).isEqualTo("2020-08-31");
        assertThat(column("150009", "status")).isEqualTo("PROPOSED_TO_OPEN");
        assertThat(column("150002", "phase")).isEqualTo(Phase.ALL_THROUGH.name());
        assertThat(column(
                        "150002",
                        "(select kind || ' ' || code || ' ' || name from organisations t where t.id = o.trust_id)"))
                .isEqualTo("ACADEMY_TRUST 5001 Elm Valley Learning Trust");
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysSo() {
        run("edubasealldata-older.csv", ELMSHIRE);
        String before = snapshot();

        GiasImportReport again = run("edubasealldata-older.csv", ELMSHIRE);
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(8);
        assertThat(again.summary())
                .contains("0 added, 0 updated, 0 closed, 8 unchanged, 0 rejected")
                .contains("Nothing changed in the directory");
        assertThat(reports.rows(again.id(), "UPDATED", 10)).isEmpty();

        GiasImportReport utf8 = run("edubasealldata-older-utf8-bom.csv", ELMSHIRE);
        assertThat(utf8.changedNothing()).as("the UTF-8 copy says the same").isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aNewerReleaseUpdatesClosesAndRecordsEachChangeWithItsDate() {
        alreadyInTheDirectory("150008", "Bramcote Parva Primary");
        run("edubasealldata-older.csv", ELMSHIRE);

        GiasImportReport newer = run("edubasealldata-newer.csv", ELMSHIRE);

        assertThat(newer.status()).isEqualTo(ImportStatus.DONE);
        assertThat(newer.added()).as("150011").isEqualTo(1);
        assertThat(newer.closed()).as("150005").isEqualTo(1);
        assertThat(jdbc.sql("""
                                select count(*) from event_publication
                                 where event_type like '%OrganisationClosed'
                                   and serialized_event like '%"organisationId":' || :id || ',%'
                                """)
                        .param("id", Long.parseLong(column("150005", "id")))
                        .query(Long.class)
                        .single())
                .as("the closure is told to the modules that hold the school's work (recognition's groups)")
                .isEqualTo(1);
        assertThat(newer.updated()).as("150001, 150004, 150008, 150009, 150010").isEqualTo(5);
        assertThat(newer.unchanged())
                .as("150002 (only its pupils changed), 150003, 150006")
                .isEqualTo(3);
        assertThat(newer.trustsAdded()).isEqualTo(1);
        assertThat(newer.trustsRenamed()).isEqualTo(1);
        assertThat(reports.rows(newer.id(), "UPDATED", 10))
                .extracting(GiasImportReports.Row::urn, GiasImportReports.Row::detail)
                .containsExactly(
                        tuple("150001", "name, head, GIAS last changed date"),
                        tuple("150004", "address, GIAS last changed date"),
                        tuple("150008", "type, trust, GIAS last changed date"),
                        tuple("150009", "status, head, GIAS last changed date"),
                        tuple("150010", "phase, GIAS last changed date"));
        assertThat(reports.rows(newer.id(), "CLOSED", 10))
                .extracting(GiasImportReports.Row::urn, GiasImportReports.Row::detail)
                .containsExactly(tuple("150005", "status, closing date, GIAS last changed date"));

        assertThat(column("150005", "status")).isEqualTo("CLOSED");
        assertThat(column("150005", "closed_on")).isEqualTo("2025-08-31");
        assertThat(column("150001", "name")).isEqualTo("St Mary’s Church of England Primary School");
        assertThat(column("150002", "(select name from organisations t where t.id = o.trust_id)"))
                .isEqualTo("Elm Valley Multi-Academy Trust");
        assertThat(column("150011", "(select code from organisations t where t.id = o.trust_id)"))
                .isEqualTo("5001");
        assertThat(column("150004", "website"))
                .as("kept although the newer file has no FEHEIdentifier column")
                .isEqualTo("https://ecole-elmshire.example");

        assertThat(history("150001"))
                .containsExactly(
                        List.of(
                                "2025-09-02",
                                "name",
                                "St Mary’s CofE Primary School",
                                "St Mary’s Church of England Primary School"),
                        List.of("2025-09-02", "head", "Mrs Amélie Durand", "Dr Ravi Shah"));
        assertThat(history("150005"))
                .containsExactly(
                        List.of("2025-09-01", "status", "Open, but proposed to close", "Closed"),
                        List.of("2025-09-01", "closing date", "", "31 August 2025"));
        assertThat(history("150004"))
                .containsExactly(List.of(
                        "2025-08-20",
                        "address",
                        "Place de l’Église, Maison-à-Bois, Block B, 2° Floor, Mereton, Elmshire, EL8 4GH",
                        "Place de l’Église, Maison-à-Bois, Block B, 2° Floor, Mereton, Elmshire, EL8 4GJ"));
        assertThat(history("150008")).contains(List.of("2025-07-01", "trust", "", "Bramble Hill Schools Trust (5002)"));
        assertThat(jdbc.sql("""
                        select c.old_value || ' → ' || c.new_value from organisation_changes c
                          join organisations t on t.id = c.organisation_id where t.kind = 'ACADEMY_TRUST' and t.code = '5001'
                        """).query(String.class).list())
                .containsExactly("Elm Valley Learning Trust → Elm Valley Multi-Academy Trust");

        GiasImportReport again = run("edubasealldata-newer.csv", ELMSHIRE);
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(10);
    }

    @Test
    void closedEstablishmentsAreNeverDeleted() {
        run("edubasealldata-newer.csv", ELMSHIRE);
        GiasImportReport older = run("edubasealldata-older.csv", ELMSHIRE);
        assertThat(older.status()).isEqualTo(ImportStatus.DONE);
        assertThat(urns()).as("150011 is not in the older file, and stays").contains("150011");
        assertThat(column("150006", "status")).isEqualTo("CLOSED");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedBeforeAnythingIsWritten() {
        String before = snapshot();

        GiasImportReport report = run("missing-columns.csv", ELMSHIRE);

        assertThat(report.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(report.message())
                .startsWith("The file has no LA (code) or EstablishmentStatus (name) columns.")
                .contains("URN, EstablishmentName, LA (code), EstablishmentStatus (name)");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from directory_import_rows")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(reports.latest(1)).extracting(GiasImportReport::id).containsExactly(report.id());
    }

    @Test
    void rejectedRowsAreReportedWithTheirLineAndReasonAndTheOthersImport() {
        GiasImportReport report = run("bad-rows.csv", ELMSHIRE);

        assertThat(report.status()).isEqualTo(ImportStatus.DONE);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.added()).isEqualTo(5);
        assertThat(reports.rows(report.id(), "REJECTED", 10))
                .extracting(
                        GiasImportReports.Row::line,
                        GiasImportReports.Row::urn,
                        GiasImportReports.Row::name,
                        GiasImportReports.Row::detail)
                .containsExactly(
                        tuple(
                                3,
                                "150002",
                                "Kingsford Academy, Sixth Form and Nursery",
                                "column 12 (OpenDate) \"31-02-2019\" is not a date in the form dd-MM-yyyy"),
                        tuple(
                                5,
                                "150004",
                                "École Française d’Elmshire",
                                "it has 43 fields where the header has 45 columns"),
                        tuple(
                                7,
                                "150006",
                                "Mereton Infant School",
                                "column 25 (LastChangedDate) \"2020-09-01\" is not a date in the form dd-MM-yyyy"));
        assertThat(urns()).containsExactly("150001", "150003", "150005", "150009", "150010");
    }

    @Test
    void aFailureHalfwaySavesNothingButTheReport() {
        run("edubasealldata-older.csv", ELMSHIRE);
        String before = snapshot();
        long changesBefore = jdbc.sql("select count(*) from organisation_changes")
                .query(Long.class)
                .single();
        byte[] country = GiasFileGenerator.generate(3_000, 7);

        GiasImportReport report = gias.run(
                GiasSource.of("country.csv", () -> breaksAfter(country, country.length / 2)),
                "test",
                LocalAuthorities.of(List.of("all")));

        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.message()).isEqualTo("Nothing was saved: the connection dropped");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from organisation_changes")
                        .query(Long.class)
                        .single())
                .as("no change recorded by the failed import")
                .isEqualTo(changesBefore);
        assertThat(reports.latest(1)).extracting(GiasImportReport::status).containsExactly(ImportStatus.FAILED);
    }

    @Test
    void oneImportAtATime() throws Exception {
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            statement.execute("select pg_advisory_lock(" + GiasImport.LOCK + ")");
            try {
                GiasImportReport report = run("edubasealldata-older.csv", ELMSHIRE);
                assertThat(report.status()).isEqualTo(ImportStatus.REFUSED);
                assertThat(report.message())
                        .isEqualTo("Another GIAS import is running: try again when it has finished");
            } finally {
                statement.execute("select pg_advisory_unlock(" + GiasImport.LOCK + ")");
            }
        }
        assertThat(urns()).isEmpty();
    }

    @Test
    void aWholeCountryOfGeneratedRowsImportsByAuthorityOrAll() {
        int rows = 3_000;
        byte[] file = GiasFileGenerator.generate(rows, 7);
        int elmshire = GiasFileGenerator.elmshireRows(rows);

        GiasImportReport one =
                gias.run(GiasSource.of("country.csv", () -> new ByteArrayInputStream(file)), "test", ELMSHIRE);
        assertThat(one.status()).isEqualTo(ImportStatus.DONE);
        assertThat(one.rejected()).isZero();
        assertThat(one.added()).isEqualTo(elmshire);
        assertThat(one.skipped()).isEqualTo(rows - elmshire);

        LocalAuthorities all = LocalAuthorities.of(List.of("all"));
        GiasImportReport every =
                gias.run(GiasSource.of("country.csv", () -> new ByteArrayInputStream(file)), "test", all);
        assertThat(every.added()).isEqualTo(rows - elmshire);
        assertThat(every.unchanged()).isEqualTo(elmshire);
        assertThat(every.trustsAdded()).isPositive();

        GiasImportReport again =
                gias.run(GiasSource.of("country.csv", () -> new ByteArrayInputStream(file)), "test", all);
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(rows);
    }

    private GiasImportReport run(String fixture, LocalAuthorities keep) {
        return gias.run(GiasSource.of(fixture, () -> GiasFileTest.fixture(fixture)), "test", keep);
    }

    private long alreadyInTheDirectory(String urn, String name) {
        return directory.addOrganisation(new NewOrganisation(
                OrganisationKind.SCHOOL, name, urn, Phase.PRIMARY, "Voluntary aided school", null, null, null, null));
    }

    private List<String> urns() {
        return jdbc.sql("select urn from organisations where urn ~ '^1[0-5][0-9]{4}$' order by urn")
                .query(String.class)
                .list();
    }

    private String column(String urn, String expression) {
        return jdbc.sql("select (" + expression + ")::text from organisations o where o.urn = :urn")
                .param("urn", urn)
                .query(String.class)
                .single();
    }

    private List<List<String>> history(String urn) {
        return jdbc.sql("""
                        select c.changed_on::text, c.field, coalesce(c.old_value, ''), coalesce(c.new_value, '')
                          from organisation_changes c join organisations o on o.id = c.organisation_id
                         where o.urn = :urn order by c.id
                        """)
                .param("urn", urn)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Everything the import may touch, as text, to compare before and after. */
    private String snapshot() {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select o.*, (select count(*) from organisation_changes c where c.organisation_id = o.id) as changes
                          from organisations o
                         where o.urn ~ '^1[0-5][0-9]{4}$' or o.kind = 'ACADEMY_TRUST' order by o.id
                        """).query().listOfRows();
        return rows.toString();
    }

    private static byte[] fixtureBytes(String name) {
        try (InputStream in = GiasFileTest.fixture(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A stream that fails after some bytes, as a dropped download does. */
    private static InputStream breaksAfter(byte[] bytes, int limit) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            private int read;

            @Override
            public int read() throws IOException {
                check(1);
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                check(len);
                int n = super.read(b, off, Math.min(len, limit - read));
                read += Math.max(n, 0);
                return n;
            }

            private void check(int wanted) throws IOException {
                if (read >= limit) {
                    throw new IOException("the connection dropped");
                }
            }
        };
    }
}
