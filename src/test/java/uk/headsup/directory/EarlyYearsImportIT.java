package uk.headsup.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** The early years register, imported from the authority's CSV file by an administrator. */
@HeadsUpIntegrationTest
class EarlyYearsImportIT {

    static final String HEADER = "Ofsted URN,Name,Provider type,Address,Town,Postcode,District\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
    }

    @Test
    void aGoodFileAddsSettingsAndChildmindersAndImportingItAgainChangesNothing() throws Exception {
        String a = urn(), b = urn(), c = urn();
        String file = HEADER
                + a
                + ",\"Acorns Pre-school, Hall Lane\",Childcare on non-domestic premises,1 Hall Lane,Fennick,EL2 1AB,Northbrook\r\n"
                + b + ",Jo Minder,Childminder,3 Mill Road,Wystan,el4 2cd,Kingsford\r\n"
                + c + ",Sam Carer,Home childcarer,4 Brook Street,,EL6 3EF,Ashby Vale\r\n";

        Map<String, Object> report = upload(file.getBytes(StandardCharsets.UTF_8));
        assertThat(report)
                .containsEntry("status", "DONE")
                .containsEntry("rows_read", 3)
                .containsEntry("added", 3);
        assertThat(organisation(a))
                .containsEntry("kind", "EARLY_YEARS_SETTING")
                .containsEntry("name", "Acorns Pre-school, Hall Lane")
                .containsEntry("establishment_type", "Childcare on non-domestic premises")
                .containsEntry("source", "EY_REGISTER")
                .containsEntry("phase", "NURSERY");
        assertThat(organisation(b)).containsEntry("kind", "CHILDMINDER").containsEntry("postcode", "EL4 2CD");
        assertThat(organisation(c)).containsEntry("kind", "CHILDMINDER").containsEntry("town", null);

        Map<String, Object> again = upload(file.getBytes(StandardCharsets.UTF_8));
        assertThat(again)
                .containsEntry("added", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 3)
                .containsEntry("rejected", 0);
        mvc.perform(get("/directory/early-years/imports/" + again.get("id")).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing changed")));
    }

    @Test
    void changesAreRecordedWithTheDateAndShownInTheReport() throws Exception {
        String a = urn();
        upload((HEADER + a + ",Little Owls,Childcare on domestic premises,5 Orchard Way,Elsey,EL6 1AA,Ashby Vale\r\n")
                .getBytes(StandardCharsets.UTF_8));

        Map<String, Object> report = upload((HEADER + a
                        + ",Little Owls Nursery,Childcare on domestic premises,5 Orchard Way,Elsey,EL6 1AB,Ashby Vale\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(report).containsEntry("updated", 1).containsEntry("added", 0);
        long id = (Long) organisation(a).get("id");
        assertThat(jdbc.sql("select field, old_value, new_value from organisation_changes where organisation_id = :id"
                                + " and import_id = :import order by field")
                        .param("id", id)
                        .param("import", report.get("id"))
                        .query((rs, n) -> rs.getString(1) + ": " + rs.getString(2) + " → " + rs.getString(3))
                        .list())
                .containsExactly("name: Little Owls → Little Owls Nursery", "postcode: EL6 1AA → EL6 1AB");
        mvc.perform(get("/directory/early-years/imports/" + report.get("id")).cookie(admin))
                .andExpect(content().string(containsString("Name ‘Little Owls’ → ‘Little Owls Nursery’")));
    }

    @Test
    void aResignedOrCancelledRegistrationClosesTheSettingAndActiveReopensIt() throws Exception {
        String minder = urn(), nursery = urn(), other = urn();
        String header = "Ofsted URN,Name,Provider type,Address,Town,Postcode,District,Registration status\r\n";
        upload((header
                        + minder + ",Pat Minder,Childminder,2 Mill Lane,Elsey,EL6 1AA,Ashby Vale,Active\r\n"
                        + nursery
                        + ",Busy Bees,Childcare on non-domestic premises,1 Hall Lane,Elsey,EL6 1AB,Ashby Vale,\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(organisation(minder)).containsEntry("status", "OPEN");
        assertThat(organisation(nursery)).containsEntry("status", "OPEN");

        Map<String, Object> closing = upload((header
                        + minder + ",Pat Minder,Childminder,2 Mill Lane,Elsey,EL6 1AA,Ashby Vale,resigned\r\n"
                        + nursery
                        + ",Busy Bees,Childcare on non-domestic premises,1 Hall Lane,Elsey,EL6 1AB,Ashby Vale,Cancelled\r\n"
                        + other + ",Someone,Childminder,3 Mill Lane,Elsey,EL6 1AA,Ashby Vale,Retired\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(closing).containsEntry("updated", 2).containsEntry("rejected", 1);
        assertThat(lines(closing))
                .containsExactly(
                        "2 UPDATED Status ‘Open’ → ‘Closed’",
                        "3 UPDATED Status ‘Open’ → ‘Closed’",
                        "4 REJECTED Registration status ‘Retired’ is not one of: Active, Suspended, Resigned,"
                                + " Cancelled (or blank for active)");
        assertThat(organisation(minder)).containsEntry("status", "CLOSED").containsEntry("name", "Pat Minder");
        assertThat(organisation(nursery)).containsEntry("status", "CLOSED");
        assertThat(jdbc.sql("select count(*) from organisations where urn = :urn")
                        .param("urn", other)
                        .query(Long.class)
                        .single())
                .isZero();

        // A file without the column (or with it blank) lists them as active again: they reopen.
        Map<String, Object> reopening =
                upload((HEADER + minder + ",Pat Minder,Childminder,2 Mill Lane,Elsey,EL6 1AA,Ashby Vale\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(lines(reopening)).containsExactly("2 UPDATED Status ‘Closed’ → ‘Open’");
        assertThat(organisation(minder)).containsEntry("status", "OPEN");
        assertThat(organisation(nursery)).containsEntry("status", "CLOSED");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedBeforeAnythingIsWritten() throws Exception {
        long before = organisations();
        byte[] file = ("Ofsted URN,Name,Address,Town\r\n" + urn() + ",Somewhere,1 Road,Town\r\n")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/directory/early-years/import")
                        .file(new MockMultipartFile("file", "register.csv", "text/csv", file))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "The file has no columns ‘Provider type’, ‘Postcode’, ‘District’. Nothing was imported.")));

        assertThat(organisations()).isEqualTo(before);
        assertThat(latestReport())
                .containsEntry("status", "REFUSED")
                .containsEntry("file_name", "register.csv")
                .containsEntry("added", 0);
    }

    @Test
    void badRowsAreRejectedWithTheirLineNumbersAndTheOthersImport() throws Exception {
        String good = urn(), alsoGood = urn();
        String school = jdbc.sql(
                        "select urn from organisations where kind = 'SCHOOL' and source = 'GIAS' order by id limit 1")
                .query(String.class)
                .single();
        String file = HEADER
                + good + ",Good Setting,Childcare on non-domestic premises,1 Road,,EL2 1AB,Northbrook\r\n" // line 2
                + "NOT-A-URN,Bad Urn,Childminder,1 Road,,EL2 1AB,Northbrook\r\n" // line 3
                + urn() + ",Bad Type,Nanny,1 Road,,EL2 1AB,Northbrook\r\n" // line 4
                + urn() + ",Too Few Fields,Childminder\r\n" // line 5
                + "\"" + urn() + "\",\"Multi\r\nline name\",Childminder,1 Road,,EL2 1AB,Northbrook\r\n" // lines 6-7
                + good + ",Same Urn Again,Childminder,1 Road,,EL2 1AB,Northbrook\r\n" // line 8
                + school + ",A School's URN,Childminder,1 Road,,EL2 1AB,Northbrook\r\n" // line 9
                + alsoGood + ",Also Good,Childminder,1 Road,,EL2 1AB,Northbrook\r\n"; // line 10

        Map<String, Object> report = upload(file.getBytes(StandardCharsets.UTF_8));

        assertThat(report)
                .containsEntry("rows_read", 8)
                .containsEntry("added", 3)
                .containsEntry("rejected", 5);
        assertThat(lines(report))
                .containsExactly(
                        "2 ADDED Childcare on non-domestic premises",
                        "3 REJECTED Ofsted URN ‘NOT-A-URN’ is not an Ofsted URN, like EY123456 or 2123456",
                        "4 REJECTED Provider type ‘Nanny’ is not one of: Childminder, Childcare on non-domestic"
                                + " premises, Childcare on domestic premises, Home childcarer",
                        "5 REJECTED The row has 3 fields, but the first row names 7 columns",
                        "6 ADDED Childminder",
                        "8 REJECTED Line 2 has the same Ofsted URN",
                        "9 REJECTED URN ‘" + school + "’ is " + schoolName(school)
                                + ", a School from GIAS: check the Ofsted URN",
                        "10 ADDED Childminder");
        assertThat(organisation(school)).containsEntry("kind", "SCHOOL");
    }

    @Test
    void readsWindows1252FilesAsSpreadsheetsSaveThem() throws Exception {
        String a = urn();
        byte[] file = (HEADER + a
                        + ",Crèche St Mary’s – Café,Childcare on non-domestic premises,1 Road,,EL2 1AB,Northbrook\r\n")
                .getBytes(Charset.forName("windows-1252"));

        assertThat(upload(file)).containsEntry("added", 1);
        assertThat(organisation(a)).containsEntry("name", "Crèche St Mary’s – Café");
    }

    @Test
    void aSpreadsheetWorkbookIsRefusedWithAnExplanation() throws Exception {
        mvc.perform(multipart("/directory/early-years/import")
                        .file(new MockMultipartFile(
                                "file", "register.xlsx", "application/octet-stream", new byte[] {0x50, 0x4B, 3, 4, 0}))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("spreadsheet workbook, not CSV")));
        mvc.perform(multipart("/directory/early-years/import").cookie(admin).with(csrf()))
                .andExpect(content().string(containsString("Select a CSV file")));
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        mvc.perform(get("/directory/early-years/import").cookie(editor)).andExpect(status().isForbidden());
        mvc.perform(multipart("/directory/early-years/import")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", HEADER.getBytes()))
                        .cookie(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/early-years/import").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("There is a problem"))));
    }

    private Map<String, Object> upload(byte[] file) throws Exception {
        String location = mvc.perform(multipart("/directory/early-years/import")
                        .file(new MockMultipartFile("file", "register.csv", "text/csv", file))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/directory/early-years/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).cookie(admin)).andExpect(status().isOk());
        return report(id);
    }

    private Map<String, Object> report(long id) {
        return jdbc.sql("select * from directory_imports where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private Map<String, Object> latestReport() {
        return jdbc.sql("select * from directory_imports where kind = 'EY_REGISTER' order by id desc limit 1")
                .query()
                .singleRow();
    }

    private List<String> lines(Map<String, Object> report) {
        return jdbc.sql("select line, outcome, detail from directory_import_rows where import_id = :id order by line")
                .param("id", report.get("id"))
                .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    private Map<String, Object> organisation(String urn) {
        return jdbc.sql("select * from organisations where urn = :urn")
                .param("urn", urn)
                .query()
                .singleRow();
    }

    private String schoolName(String urn) {
        return (String) organisation(urn).get("name");
    }

    private long organisations() {
        return jdbc.sql("select count(*) from organisations").query(Long.class).single();
    }

    private static String urn() {
        return "EY" + DirectoryFixtures.unique();
    }
}
