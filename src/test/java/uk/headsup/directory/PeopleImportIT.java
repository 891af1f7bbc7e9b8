package uk.headsup.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.DirectoryFixtures.School;
import uk.headsup.directory.DirectoryFixtures.Staff;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** People and their roles, imported from the authority's CSV file by an administrator. */
@HeadsUpIntegrationTest
class PeopleImportIT {

    static final String HEADER = "Email,Full name,Phone,Job title,Organisation URN,Role,Start date,End date\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords records;

    @Autowired
    Directory directory;

    DirectoryFixtures fixtures;
    Cookie admin;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new DirectoryFixtures(records);
        admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
    }

    @Test
    void aGoodFileAddsPeopleAndRolesAndImportingItAgainChangesNothing() throws Exception {
        School school = fixtures.aSchool();
        Staff head = fixtures.aMemberOfStaff(school, OrganisationRole.HEADTEACHER);
        String jo = "jo." + school.urn() + "@fixture.sch.example";
        String sam = "sam." + school.urn() + "@fixture.sch.example";
        String file = HEADER
                + jo.toUpperCase() + ",Jo Bloggs,01632 960001,Assistant Head,"
                + school.urn() + ",SENCo,01/09/2025,\r\n"
                + head.email().toUpperCase() + "," + head.name() + ",01632 960002,," + school.urn()
                + ",Designated safeguarding lead,1/9/2024,\r\n"
                + sam + ",Sam Past,,," + school.urn() + ",Business manager,01/09/2023,31/08/2024\r\n"
                + jo + ",Jo Bloggs,,," + school.urn() + ",Pastoral lead,2026-01-05,\r\n";

        Map<String, Object> report = upload(file);

        assertThat(report)
                .containsEntry("status", "DONE")
                .containsEntry("rows_read", 4)
                .containsEntry("added", 4)
                .containsEntry("rejected", 0);
        assertThat(person(jo))
                .containsEntry("full_name", "Jo Bloggs")
                .containsEntry("email", jo.toUpperCase())
                .containsEntry("phone", "01632 960001")
                .containsEntry("job_title", "Assistant Head");
        assertThat(roles(jo)).containsExactly("SENCO 2025-09-01 null", "PASTORAL_LEAD 2026-01-05 null");
        assertThat(roles(head.email())).containsExactly("HEADTEACHER 2024-09-01 null", "DSL 2024-09-01 null");
        assertThat(person(head.email())).containsEntry("phone", "01632 960002");
        assertThat(roles(sam)).containsExactly("BUSINESS_MANAGER 2023-09-01 2024-08-31");
        assertThat(lines(report))
                .contains(
                        "2 ADDED New person; SENCo at " + school.name() + " from 1 September 2025",
                        "3 ADDED Phone ‘’ → ‘01632 960002’; Designated safeguarding lead at " + school.name()
                                + " from 1 September 2024");

        Map<String, Object> again = upload(file);
        assertThat(again)
                .containsEntry("added", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 4)
                .containsEntry("rejected", 0);
        mvc.perform(get("/directory/people/imports/" + again.get("id")).cookie(admin))
                .andExpect(content().string(containsString("Nothing changed")));
    }

    @Test
    void anEndDateEndsTheRoleAndKeepsItAsHistory() throws Exception {
        School school = fixtures.aSchool();
        Staff senco = fixtures.aMemberOfStaff(school, OrganisationRole.SENCO);
        assertThat(directory.staffMember(senco.email()))
                .as("can sign in while in post")
                .isPresent();

        Map<String, Object> report = upload(HEADER + senco.email() + "," + senco.name() + ",,," + school.urn()
                + ",SENCo,01/09/2024,31/12/2024\r\n");

        assertThat(report).containsEntry("updated", 1);
        assertThat(lines(report)).containsExactly("2 UPDATED SENCo at " + school.name() + " ends on 31 December 2024");
        assertThat(roles(senco.email())).containsExactly("SENCO 2024-09-01 2024-12-31");
        assertThat(directory.staffMember(senco.email()))
                .as("no current role, so no sign-in link")
                .isEmpty();
        mvc.perform(get("/directory/people/" + senco.id()).cookie(admin))
                .andExpect(content().string(containsString("31 December 2024")))
                .andExpect(content().string(containsString("Ended")));
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedBeforeAnythingIsWritten() throws Exception {
        long people = count("people");
        long appointments = count("appointments");
        byte[] file = ("Email,Full name,Organisation URN\r\nnew@fixture.example,New Person,990001\r\n")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/directory/people/import")
                        .file(new MockMultipartFile("file", "people.csv", "text/csv", file))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("The file has no columns ‘Role’, ‘Start date’. Nothing was imported.")));

        assertThat(count("people")).isEqualTo(people);
        assertThat(count("appointments")).isEqualTo(appointments);
        assertThat(jdbc.sql("select status from directory_imports where kind = 'PEOPLE' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("REFUSED");
    }

    @Test
    void badRowsAreRejectedWithTheirLineNumbersAndTheOthersImport() throws Exception {
        School school = fixtures.aSchool();
        Staff senco = fixtures.aMemberOfStaff(school, OrganisationRole.SENCO);
        String trust = "T" + DirectoryFixtures.unique();
        records.addOrganisation(new DirectoryRecords.NewOrganisation(
                OrganisationKind.ACADEMY_TRUST, "Fixture Trust", trust, null, null, null, null, null, null));
        String good = "good." + school.urn() + "@fixture.sch.example";
        String urn = school.urn();
        String file = HEADER
                + good + ",Good Person,,," + urn + ",DSL,01/09/2025,\r\n" // 2
                + "not-an-email,Bad Email,,," + urn + ",DSL,01/09/2025,\r\n" // 3
                + "x." + urn + "@fixture.sch.example,Unknown Urn,,,000000,DSL,01/09/2025,\r\n" // 4
                + "y." + urn + "@fixture.sch.example,A Trust,,," + trust + ",DSL,01/09/2025,\r\n" // 5
                + good + ",Someone Else,,," + urn + ",SENCo,01/09/2025,\r\n" // 6
                + senco.email() + "," + senco.name() + ",,," + urn + ",SENCo,01/01/2025,\r\n" // 7
                + good + ",Good Person,,," + urn + ",DSL,01/09/2025,31/08/2026\r\n" // 8
                + "z." + urn + "@fixture.sch.example,Bad Date,,," + urn + ",DSL,31/02/2025,\r\n" // 9
                + "also." + urn + "@fixture.sch.example,Also Good,,," + urn + ",Headteacher,01/09/2025,\r\n"; // 10

        Map<String, Object> report = upload(file);

        assertThat(report)
                .containsEntry("rows_read", 9)
                .containsEntry("added", 2)
                .containsEntry("rejected", 7);
        assertThat(lines(report))
                .containsExactly(
                        "2 ADDED New person; Designated safeguarding lead at " + school.name()
                                + " from 1 September 2025",
                        "3 REJECTED Email ‘not-an-email’ is not an email address in the correct format, like"
                                + " name@school.sch.uk",
                        "4 REJECTED No school or setting has URN ‘000000’",
                        "5 REJECTED URN ‘" + trust + "’ is Fixture Trust, a Academy trust, not a school or setting",
                        "6 REJECTED Line 2 gives this email to ‘Good Person’: each person has their own email"
                                + " address",
                        "7 REJECTED " + senco.name() + " is already SENCo at " + school.name()
                                + " from 1 September 2024, which overlaps these dates: correct the start date in"
                                + " the file or in Heads Up",
                        "8 REJECTED Line 2 already gives this person this role from this date",
                        "9 REJECTED Start date ‘31/02/2025’ is not a date like 01/09/2025",
                        "10 ADDED New person; Headteacher at " + school.name() + " from 1 September 2025");
        mvc.perform(get("/directory/people/imports/" + report.get("id")).cookie(admin))
                .andExpect(content().string(containsString("No school or setting has URN ‘000000’")));
    }

    /** The file's lines are written together at the end; each line still sees what the lines before it did. */
    @Test
    void laterLinesSeeThePeopleAndRolesEarlierLinesAdded() throws Exception {
        School school = fixtures.aSchool();
        String kim = "kim." + school.urn() + "@fixture.sch.example";
        String urn = school.urn();
        String file = HEADER
                + kim + ",Kim Lee,,," + urn + ",SENCo,01/09/2025,\r\n" // 2
                + kim + ",Kim Lee,,," + urn + ",SENCo,01/01/2026,\r\n" // 3: overlaps line 2's role
                + kim.toUpperCase() + ",Kim Lee,01632 960003,Deputy Head," + urn + ",DSL,01/09/2025,\r\n" // 4
                + kim + ",Kim Lee,,," + urn + ",Pastoral lead,01/09/2025,\r\n"; // 5: keeps line 4's details

        Map<String, Object> report = upload(file);

        assertThat(report).containsEntry("added", 3).containsEntry("updated", 0).containsEntry("rejected", 1);
        assertThat(lines(report))
                .containsExactly(
                        "2 ADDED New person; SENCo at " + school.name() + " from 1 September 2025",
                        "3 REJECTED Kim Lee is already SENCo at " + school.name()
                                + " from 1 September 2025, which overlaps these dates: correct the start date in"
                                + " the file or in Heads Up",
                        "4 ADDED Phone ‘’ → ‘01632 960003’; Job title ‘’ → ‘Deputy Head’; Designated safeguarding"
                                + " lead at " + school.name() + " from 1 September 2025",
                        "5 ADDED Pastoral lead at " + school.name() + " from 1 September 2025");
        assertThat(person(kim))
                .containsEntry("email", kim)
                .containsEntry("phone", "01632 960003")
                .containsEntry("job_title", "Deputy Head");
        assertThat(roles(kim))
                .containsExactly("SENCO 2025-09-01 null", "DSL 2025-09-01 null", "PASTORAL_LEAD 2025-09-01 null");
    }

    @Autowired
    DirectoryImports imports;

    @Test
    void aLoaderSeesEveryRejectedRowWithItsLineAndColumnAndCanRefuseToGoOn() {
        School school = fixtures.aSchool();
        String file = HEADER
                + "kim." + school.urn() + "@fixture.sch.example,Kim Loader,,," + school.urn()
                + ",SENCo,01/09/2025,\r\n"
                + "lee." + school.urn() + "@fixture.sch.example,Lee Loader,,," + school.urn()
                + ",Hedteacher,01/09/2025,\r\n";

        DirectoryImports.Outcome outcome =
                imports.people("loader.csv", file.getBytes(StandardCharsets.UTF_8), "a loader");

        assertThat(outcome.added()).isEqualTo(1);
        assertThat(outcome.problems())
                .singleElement()
                .asString()
                .startsWith("Line 3: ")
                .contains("Role", "Hedteacher");
        assertThatThrownBy(outcome::requireEveryRow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loader.csv")
                .hasMessageContaining("Line 3: ");
    }

    @Test
    void onlyAdministratorsImportPeople() throws Exception {
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        mvc.perform(get("/directory/people/import").cookie(editor)).andExpect(status().isForbidden());
        mvc.perform(multipart("/directory/people/import")
                        .file(new MockMultipartFile("file", "p.csv", "text/csv", HEADER.getBytes()))
                        .cookie(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private Map<String, Object> upload(String file) throws Exception {
        String location = mvc.perform(multipart("/directory/people/import")
                        .file(new MockMultipartFile(
                                "file", "people.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/directory/people/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).cookie(admin)).andExpect(status().isOk());
        return jdbc.sql("select * from directory_imports where id = :id")
                .param("id", Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
                .query()
                .singleRow();
    }

    private List<String> lines(Map<String, Object> report) {
        return jdbc.sql("select line, outcome, detail from directory_import_rows where import_id = :id order by line")
                .param("id", report.get("id"))
                .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    private Map<String, Object> person(String email) {
        return jdbc.sql("select * from people where lower(email) = lower(:email)")
                .param("email", email)
                .query()
                .singleRow();
    }

    private List<String> roles(String email) {
        return jdbc.sql("""
                        select a.role, a.starts_on, a.ends_on from appointments a join people p on p.id = a.person_id
                         where lower(p.email) = lower(:email) order by a.id
                        """)
                .param("email", email)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
