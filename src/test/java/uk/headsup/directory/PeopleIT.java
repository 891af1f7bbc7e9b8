package uk.headsup.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.directory.DirectoryFixtures.School;
import uk.headsup.directory.DirectoryFixtures.Staff;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** Administrators add people, give them roles and end those roles; the history stays. */
@HeadsUpIntegrationTest
class PeopleIT {

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
    void anAdministratorAddsAPersonGivesThemARoleAndEndsItWhenTheyLeave() throws Exception {
        School school = fixtures.aSchool();
        Staff colleague = fixtures.aMemberOfStaff(school, OrganisationRole.HEADTEACHER);
        String email = "new." + school.urn() + "@fixture.sch.example";

        mvc.perform(as(post("/directory/people/new")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a person")))
                .andExpect(content().string(containsString("Enter their full name")))
                .andExpect(content().string(containsString("Enter their work email address")));
        mvc.perform(as(post("/directory/people/new")
                        .param("fullName", "Ana Newcomer")
                        .param("email", "ana@")))
                .andExpect(content()
                        .string(containsString(
                                "Enter an email address in the correct format, like name@school.sch.uk")));
        mvc.perform(as(post("/directory/people/new")
                        .param("fullName", "Ana Newcomer")
                        .param("email", colleague.email().toUpperCase())))
                .andExpect(content().string(containsString("is already the email address of " + colleague.name())));
        mvc.perform(as(post("/directory/people/new")
                        .param("fullName", "Ana Newcomer")
                        .param("email", email)
                        .param("phone", "call the office")))
                .andExpect(content().string(containsString("Enter a telephone number, like 01632 960000")));

        String location = mvc.perform(as(post("/directory/people/new")
                        .param("fullName", "Ana Newcomer")
                        .param("email", email)
                        .param("phone", "01632 960123")
                        .param("jobTitle", "Inclusion Lead")))
                .andExpect(redirectedUrlPattern("/directory/people/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/directory/people/" + id + "/roles/new")
                        .param("organisationQuery", school.urn())
                        .cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(school.name() + " (URN " + school.urn())));
        mvc.perform(as(post("/directory/people/" + id + "/roles/new")))
                .andExpect(content()
                        .string(containsString("Search for the school or setting by its name, URN or postcode")))
                .andExpect(content().string(containsString("Select their role")))
                .andExpect(content().string(containsString("Enter the date they started in this role")));
        mvc.perform(as(post("/directory/people/" + id + "/roles/new")
                        .param("organisationQuery", school.urn())
                        .param("organisationId", String.valueOf(school.id()))
                        .param("role", "SENCO")
                        .param("startsOn.day", "31")
                        .param("startsOn.month", "2")
                        .param("startsOn.year", "2025")))
                .andExpect(content().string(containsString("The start date must be a real date")));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate started = today.minusYears(1);
        mvc.perform(as(dated(
                        post("/directory/people/" + id + "/roles/new")
                                .param("organisationQuery", school.urn())
                                .param("organisationId", String.valueOf(school.id()))
                                .param("role", "SENCO"),
                        "startsOn",
                        started)))
                .andExpect(redirectedUrl("/directory/people/" + id));
        assertThat(directory.staffMember(email))
                .as("signs in as the school's SENCo")
                .isPresent();
        mvc.perform(as(dated(
                        post("/directory/people/" + id + "/roles/new")
                                .param("organisationQuery", school.urn())
                                .param("organisationId", String.valueOf(school.id()))
                                .param("role", "SENCO"),
                        "startsOn",
                        today)))
                .andExpect(content().string(containsString("Ana Newcomer is already SENCo at " + school.name())));

        long appointment = jdbc.sql("select id from appointments where person_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        String end = "/directory/people/" + id + "/roles/" + appointment + "/end";
        mvc.perform(get(end).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("End role as SENCo at " + school.name())));
        mvc.perform(as(dated(post(end), "endsOn", started.minusDays(1))))
                .andExpect(content().string(containsString("The end date must be on or after")));
        mvc.perform(as(dated(post(end), "endsOn", today.minusDays(1))))
                .andExpect(redirectedUrl("/directory/people/" + id));

        assertThat(jdbc.sql("select count(*) from appointments where person_id = :id and ends_on = :end")
                        .param("id", id)
                        .param("end", today.minusDays(1))
                        .query(Long.class)
                        .single())
                .as("the ended role is kept")
                .isEqualTo(1);
        assertThat(directory.staffMember(email))
                .as("no longer signs in as school staff")
                .isEmpty();
        mvc.perform(get("/directory/people/" + id).cookie(admin))
                .andExpect(content().string(containsString("Ended")))
                .andExpect(content().string(containsString("SENCo")));
        mvc.perform(get("/directory/people/at/" + school.id()).cookie(admin))
                .andExpect(content().string(containsString(colleague.name())))
                .andExpect(content().string(not(containsString("Ana Newcomer"))));
    }

    @Test
    void anAdministratorChangesSomeonesDetails() throws Exception {
        School school = fixtures.aSchool();
        Staff jo = fixtures.aMemberOfStaff(school, OrganisationRole.DSL);
        Staff other = fixtures.aMemberOfStaff(school, OrganisationRole.SENCO);

        mvc.perform(get("/directory/people/" + jo.id() + "/edit").cookie(admin))
                .andExpect(content().string(containsString("value=\"" + jo.email() + "\"")));
        mvc.perform(as(post("/directory/people/" + jo.id() + "/edit")
                        .param("fullName", jo.name())
                        .param("email", other.email())))
                .andExpect(content().string(containsString("is already the email address of " + other.name())));
        mvc.perform(as(post("/directory/people/" + jo.id() + "/edit")
                        .param("fullName", "Jo Renamed")
                        .param("email", jo.email())
                        .param("phone", "01632 960999")))
                .andExpect(redirectedUrl("/directory/people/" + jo.id()));

        mvc.perform(get("/directory/people").param("q", "jo renamed").cookie(admin))
                .andExpect(content().string(containsString("Jo Renamed")))
                .andExpect(content().string(containsString("Designated safeguarding lead, " + school.name())));
    }

    @Test
    void theListShowsEachRoleTodayWithItsOrganisationWhateverCharactersTheNamesHave() throws Exception {
        School first = fixtures.aSchool();
        School second = fixtures.aSchool();
        Staff jo = fixtures.aMemberOfStaff(first, OrganisationRole.SENCO);
        records.appoint(
                jo.id(), second.id(), OrganisationRole.DSL, LocalDate.now().minusDays(3));
        // Tabs, line breaks and quotes in a name are the name's, not separators.
        String odd = "A \"Federated\"\tSchool,\nUpper Site " + second.urn();
        jdbc.sql("update organisations set name = :name where id = :id")
                .param("name", odd)
                .param("id", second.id())
                .update();

        String page = mvc.perform(
                        get("/directory/people").param("q", jo.email()).cookie(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String senco = ">SENCo, " + first.name() + "<";
        String dsl = ">Designated safeguarding lead, " + odd.replace("\"", "&quot;") + "<";
        assertThat(page).contains(senco, dsl);
        assertThat(page.indexOf(dsl))
                .as("in the order of the organisations' names")
                .isLessThan(page.indexOf(senco));
    }

    @Test
    void peopleAreFoundByAnyPartOfTheirNameAndByTheStartOfTheirAddressOrItsDomain() throws Exception {
        School school = fixtures.aSchool();
        Staff jo = fixtures.aMemberOfStaff(school, OrganisationRole.SENCO);
        String local = jo.email().substring(0, jo.email().indexOf('@'));
        String domain = jo.email().substring(jo.email().indexOf('@') + 1);

        for (String found : new String[] {
            jo.name().substring(3).toUpperCase(), // "ture Person 12": inside the name, in any case
            local + "@", // the start of the address
            jo.email(),
            "@" + domain.substring(0, 12), // the start of the domain
            domain, // a domain without its @
        }) {
            mvc.perform(get("/directory/people").param("q", found).cookie(admin))
                    .andExpect(content().string(containsString(">" + jo.email() + "<")));
        }
        for (String missed : new String[] {
            local.substring(2) + "@" + domain, // inside an address, not at its start
            "@" + domain.substring(3), // inside a domain
            "_%", // wildcards are taken literally
        }) {
            mvc.perform(get("/directory/people").param("q", missed).cookie(admin))
                    .andExpect(content().string(not(containsString(jo.email()))));
        }
    }

    @Test
    void aLongListShowsTheFirstFiftyInNameOrderAndCountsThemAll() throws Exception {
        String surname = "Countington" + System.nanoTime();
        for (int i = 52; i >= 0; i--) { // 53 people, added last name first
            records.addPerson(String.format("P%02d %s", i, surname), surname + i + "@count.example", null, null);
        }

        String page = mvc.perform(get("/directory/people")
                        .param("q", surname.toLowerCase())
                        .cookie(admin))
                .andExpect(content()
                        .string(containsString(
                                "53 people matching ‘" + surname.toLowerCase() + "’, showing the first 50")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("P00 " + surname, "P49 " + surname).doesNotContain("P50 " + surname);
        assertThat(page.indexOf("P00 " + surname)).isLessThan(page.indexOf("P49 " + surname));
    }

    @Test
    void otherAuthorityStaffSeePeopleButOnlyAdministratorsChangeThem() throws Exception {
        School school = fixtures.aSchool();
        Staff jo = fixtures.aMemberOfStaff(school, OrganisationRole.DSL);
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);

        mvc.perform(get("/directory/people").cookie(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a person"))));
        mvc.perform(get("/directory/people/" + jo.id()).cookie(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a role"))));
        mvc.perform(get("/directory/people").param("q", "daniel.price@").cookie(editor))
                .andExpect(content().string(containsString("SEND and Inclusion Lead (0-25), SEND and Inclusion")));
        long daniel = jdbc.sql("select id from people where email = 'daniel.price@elmshire.example'")
                .query(Long.class)
                .single();
        mvc.perform(get("/directory/people/" + daniel).cookie(editor))
                .andExpect(content().string(containsString("Posts at the authority")))
                .andExpect(content().string(containsString("1 September 2024")));
        mvc.perform(get("/directory/people/new").cookie(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/directory/people/new")
                        .param("fullName", "Sneaky")
                        .param("email", "sneaky@example.org")
                        .cookie(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/people/" + jo.id() + "/edit").cookie(editor))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/people/" + jo.id() + "/roles/new").cookie(editor))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.cookie(admin).with(csrf());
    }

    private static MockHttpServletRequestBuilder dated(
            MockHttpServletRequestBuilder request, String field, LocalDate date) {
        return request.param(field + ".day", String.valueOf(date.getDayOfMonth()))
                .param(field + ".month", String.valueOf(date.getMonthValue()))
                .param(field + ".year", String.valueOf(date.getYear()));
    }
}
