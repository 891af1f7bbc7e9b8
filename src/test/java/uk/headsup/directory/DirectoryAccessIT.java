package uk.headsup.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.DirectoryFixtures.School;
import uk.headsup.directory.DirectoryFixtures.Staff;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * Authority staff see the whole directory; school and setting staff see the people of their own school or setting
 * and the authority contacts, and nothing else.
 */
@HeadsUpIntegrationTest
class DirectoryAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords records;

    @Test
    void schoolStaffSeeTheirOwnSchoolsPeopleAndTheAuthorityContactsOnly() throws Exception {
        DirectoryFixtures fixtures = new DirectoryFixtures(records);
        School ours = fixtures.aSchool();
        School theirs = fixtures.aSchool();
        Staff me = fixtures.aMemberOfStaff(ours, OrganisationRole.SENCO);
        Staff colleague = fixtures.aMemberOfStaff(ours, OrganisationRole.HEADTEACHER);
        Staff stranger = fixtures.aMemberOfStaff(theirs, OrganisationRole.HEADTEACHER);
        Cookie school = SignedIn.schoolStaff(mvc, jdbc, me.email());

        mvc.perform(get("/directory/people/yours").cookie(school))
                .andExpect(redirectedUrl("/directory/people/at/" + ours.id()));
        mvc.perform(get("/directory/people/at/" + ours.id()).cookie(school))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("People at " + ours.name())))
                .andExpect(content().string(containsString(colleague.name())))
                .andExpect(content().string(containsString(colleague.email())))
                .andExpect(content().string(not(containsString(stranger.name()))))
                .andExpect(content().string(not(containsString("href=\"/directory/people/" + colleague.id()))));
        mvc.perform(get("/contacts").cookie(school))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contacts at the authority")));

        for (String forbidden : new String[] {
            "/directory/people/at/" + theirs.id(),
            "/directory/people/at/987654321",
            "/directory/people",
            "/directory/people/" + colleague.id(),
            "/directory/people/" + stranger.id(),
            "/directory/people/new",
            "/directory/people/import",
            "/directory/people/imports/1",
            "/directory/early-years/import",
            "/directory/early-years/imports/1",
            "/directory/teams",
            "/directory/teams/new",
            "/directory/posts/1"
        }) {
            mvc.perform(get(forbidden).cookie(school)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/directory/people/new")
                        .param("fullName", "Sneaky")
                        .param("email", "sneaky@example.org")
                        .cookie(school)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void whenTheirRoleEndsTheyNoLongerSeeTheirFormerColleagues() throws Exception {
        DirectoryFixtures fixtures = new DirectoryFixtures(records);
        School school = fixtures.aSchool();
        Staff leaver = fixtures.aMemberOfStaff(school, OrganisationRole.DSL);
        Cookie session = SignedIn.schoolStaff(mvc, jdbc, leaver.email());
        mvc.perform(get("/directory/people/at/" + school.id()).cookie(session)).andExpect(status().isOk());

        jdbc.sql("update appointments set ends_on = current_date - 1 where person_id = :id")
                .param("id", leaver.id())
                .update();

        mvc.perform(get("/directory/people/at/" + school.id()).cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void authorityStaffSeeAnySchoolsPeopleAndFindThemInTheDirectory() throws Exception {
        DirectoryFixtures fixtures = new DirectoryFixtures(records);
        School school = fixtures.aSchool();
        Staff head = fixtures.aMemberOfStaff(school, OrganisationRole.HEADTEACHER);
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);

        mvc.perform(get("/directory/people/at/" + school.id()).cookie(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/directory/people/" + head.id())));
        mvc.perform(get("/directory/people/yours").cookie(editor)).andExpect(redirectedUrl("/directory/people"));
        mvc.perform(get("/directory/people/at/987654321").cookie(editor)).andExpect(status().isNotFound());
        mvc.perform(get("/directory/teams").cookie(editor)).andExpect(status().isOk());
        mvc.perform(get("/directory/people")).andExpect(redirectedUrl("/sign-in"));
    }
}
