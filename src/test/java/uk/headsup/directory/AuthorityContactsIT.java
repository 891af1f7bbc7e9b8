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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** The authority's contacts on any date: post holders, and whoever covers for them. */
@HeadsUpIntegrationTest
class AuthorityContactsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords records;

    @Autowired
    AuthorityContacts contacts;

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theContactForAPostIsItsHolderOrWhoeverCoversItOnThatDate() {
        int n = DirectoryFixtures.unique();
        long team = records.addTeam("Fixture Team " + n, null);
        long lead = records.addPost(team, "Inclusion Lead " + n, List.of("Inclusion " + n, "Exclusions " + n));
        long adviser = records.addPost(team, "Inclusion Adviser " + n, List.of("Advice " + n));
        long senior = records.addPost(team, "Senior Adviser " + n, List.of());
        long vacant = records.addPost(team, "Vacant Post " + n, List.of("Inclusion " + n));
        long dana = records.addPerson("Dana Lead", "dana." + n + "@elmshire.example", "01632 960500", null);
        long sam = records.addPerson("Sam Adviser", "sam." + n + "@elmshire.example", null, "Adviser");
        long kit = records.addPerson("Kit Cover", "kit." + n + "@elmshire.example", null, "Consultant");
        records.appointToPost(lead, dana, day(2024, 9, 1));
        records.appointToPost(adviser, sam, day(2024, 9, 1));
        jdbc.sql("update post_holders set ends_on = '2025-01-31' where post_id = :post")
                .param("post", adviser)
                .update();
        records.appointToPost(senior, sam, day(2025, 2, 1));
        records.arrangeCover(lead, sam, CoverKind.MAIN_CONTACT, day(2025, 1, 6), day(2025, 3, 31), "While away");
        records.arrangeCover(lead, kit, CoverKind.ACTING, day(2025, 6, 1), day(2025, 6, 30), null);
        records.arrangeCover(vacant, kit, CoverKind.INTERIM, day(2025, 9, 1), null, null);

        assertThat(contacts.forPost(lead, day(2024, 8, 31)))
                .as("before anyone held it")
                .isEmpty();
        AuthorityContact holder = contacts.forPost(lead, day(2024, 12, 1)).orElseThrow();
        assertThat(holder.name()).isEqualTo("Dana Lead");
        assertThat(holder.jobTitle()).isEqualTo("Inclusion Lead " + n);
        assertThat(holder.phone()).isEqualTo("01632 960500");
        assertThat(holder.covering()).isFalse();
        assertThat(holder.areas()).containsExactly("Inclusion " + n, "Exclusions " + n);
        assertThat(holder.teamName()).isEqualTo("Fixture Team " + n);

        AuthorityContact january = contacts.forPost(lead, day(2025, 1, 20)).orElseThrow();
        assertThat(january.name()).isEqualTo("Sam Adviser");
        assertThat(january.email()).isEqualTo("sam." + n + "@elmshire.example");
        assertThat(january.cover()).isEqualTo(CoverKind.MAIN_CONTACT);
        assertThat(january.jobTitle()).as("their own title that day").isEqualTo("Inclusion Adviser " + n);
        assertThat(january.coverNote())
                .isEqualTo("Main point of contact while Dana Lead (Inclusion Lead " + n + ") is away");
        assertThat(january.coverEndsOn()).isEqualTo(day(2025, 3, 31));
        assertThat(contacts.forPost(lead, day(2025, 2, 20)).orElseThrow().jobTitle())
                .as("promoted in February")
                .isEqualTo("Senior Adviser " + n);
        assertThat(contacts.forPost(lead, day(2025, 3, 31)).orElseThrow().name())
                .as("the last day of cover")
                .isEqualTo("Sam Adviser");
        assertThat(contacts.forPost(lead, day(2025, 4, 1)).orElseThrow().name()).isEqualTo("Dana Lead");

        AuthorityContact acting = contacts.forPost(lead, day(2025, 6, 15)).orElseThrow();
        assertThat(acting.name()).isEqualTo("Kit Cover");
        assertThat(acting.jobTitle()).isEqualTo("Acting Inclusion Lead " + n);
        assertThat(acting.awayHolder()).isNull();

        assertThat(contacts.forPost(vacant, day(2025, 8, 31)))
                .as("vacant and uncovered")
                .isEmpty();
        AuthorityContact interim = contacts.forPost(vacant, day(2026, 1, 5)).orElseThrow();
        assertThat(interim.jobTitle()).isEqualTo("Interim Vacant Post " + n);
        assertThat(interim.coverEndsOn()).as("until further notice").isNull();

        assertThat(contacts.forArea("INCLUSION " + n, day(2025, 9, 2)))
                .extracting(c -> c.name() + ", " + c.jobTitle())
                .containsExactly("Dana Lead, Inclusion Lead " + n, "Kit Cover, Interim Vacant Post " + n);
        assertThat(contacts.forArea("Inclusion " + n, day(2025, 8, 1)))
                .extracting(AuthorityContact::name)
                .containsExactly("Dana Lead");
        assertThat(contacts.forTeam(team, day(2025, 9, 2)))
                .extracting(AuthorityContact::postTitle)
                .containsExactly("Inclusion Lead " + n, "Senior Adviser " + n, "Vacant Post " + n);
        assertThat(contacts.on(day(2025, 9, 2)))
                .extracting(AuthorityContact::postId)
                .contains(lead, senior, vacant)
                .doesNotContain(adviser);
    }

    @Test
    void administratorsManageTeamsPostsAndCoverAndSchoolsSeeWhoToContactOnAnyDate() throws Exception {
        int n = DirectoryFixtures.unique();
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String teamName = "Fixture Services " + n;

        mvc.perform(post("/directory/teams/new").cookie(admin).with(csrf()))
                .andExpect(content().string(containsString("Enter the team’s name")));
        mvc.perform(post("/directory/teams/new")
                        .param("name", teamName)
                        .param("email", "not an address")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(content().string(containsString("Enter an email address in the correct format")));
        mvc.perform(post("/directory/teams/new")
                        .param("name", teamName)
                        .param("email", "fixture" + n + "@elmshire.example")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/directory/teams"));
        mvc.perform(post("/directory/teams/new")
                        .param("name", teamName)
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(content().string(containsString("There is already a team called " + teamName)));
        long team = jdbc.sql("select id from organisations where kind = 'TEAM' and name = :name")
                .param("name", teamName)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select p.kind from organisations t join organisations p on p.id = t.parent_id"
                                + " where t.id = :id")
                        .param("id", team)
                        .query(String.class)
                        .single())
                .as("teams belong to the authority")
                .isEqualTo("AUTHORITY");

        mvc.perform(post("/directory/teams/" + team + "/posts/new")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(content().string(containsString("Enter the post’s job title")));
        String location = mvc.perform(post("/directory/teams/" + team + "/posts/new")
                        .param("title", "Attendance Lead " + n)
                        .param("areas", "Attendance " + n + "\r\n\r\n  Children missing education  \r\n")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/directory/posts/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String post = location;

        String holder = "holder." + n + "@elmshire.example";
        mvc.perform(dated(
                        post(post + "/holders/new")
                                .param("email", holder)
                                .param("fullName", "Hollie Holder")
                                .param("phone", "01632 960321"),
                        "startsOn",
                        today.minusMonths(6),
                        admin))
                .andExpect(redirectedUrl(post));
        mvc.perform(dated(
                        post(post + "/holders/new")
                                .param("email", "other." + n + "@elmshire.example")
                                .param("fullName", "Other Person"),
                        "startsOn",
                        today,
                        admin))
                .andExpect(content().string(containsString("Hollie Holder holds this post from")));

        mvc.perform(post(post + "/cover/new").cookie(admin).with(csrf()))
                .andExpect(content().string(containsString("Select how they cover the post")))
                .andExpect(content().string(containsString("Enter their work email address")))
                .andExpect(content().string(containsString("Enter the date they start")));
        mvc.perform(dated(
                        post(post + "/cover/new")
                                .param("kind", "MAIN_CONTACT")
                                .param("email", holder.toUpperCase())
                                .param("fullName", "Somebody Else"),
                        "startsOn",
                        today,
                        admin))
                .andExpect(content().string(containsString("is the email address of Hollie Holder")));
        String cover = "cover." + n + "@elmshire.example";
        mvc.perform(dated(
                                post(post + "/cover/new")
                                        .param("kind", "MAIN_CONTACT")
                                        .param("email", cover)
                                        .param("fullName", "Casey Cover")
                                        .param("note", "While Hollie is on leave"),
                                "startsOn",
                                today.minusDays(3),
                                admin)
                        .param("endsOn.day", String.valueOf(today.plusDays(10).getDayOfMonth()))
                        .param("endsOn.month", String.valueOf(today.plusDays(10).getMonthValue()))
                        .param("endsOn.year", String.valueOf(today.plusDays(10).getYear())))
                .andExpect(redirectedUrl(post));
        mvc.perform(dated(
                        post(post + "/cover/new")
                                .param("kind", "ACTING")
                                .param("email", cover)
                                .param("fullName", "Casey Cover"),
                        "startsOn",
                        today.plusDays(5),
                        admin))
                .andExpect(content().string(containsString("Casey Cover already covers this post from")));

        Staffed school = schoolStaff();
        mvc.perform(get("/contacts").cookie(school.cookie()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(teamName)))
                .andExpect(content().string(containsString("Casey Cover")))
                .andExpect(content()
                        .string(containsString(
                                "Main point of contact while Hollie Holder (Attendance Lead " + n + ") is away")))
                .andExpect(content().string(containsString("Attendance " + n)))
                .andExpect(content().string(containsString("Children missing education")))
                .andExpect(content().string(not(containsString("Teams, posts and cover arrangements"))));
        mvc.perform(dated(get("/contacts"), "on", today.minusDays(5), school.cookie()))
                .andExpect(content().string(containsString("Hollie Holder, Attendance Lead " + n)))
                .andExpect(content().string(not(containsString("Casey Cover"))));
        mvc.perform(get("/contacts")
                        .param("on.day", "31")
                        .param("on.month", "2")
                        .param("on.year", "2026")
                        .cookie(school.cookie()))
                .andExpect(content().string(containsString("<title>Error: Contacts at the authority")))
                .andExpect(content().string(containsString("The date must be a real date")));

        long coverId = jdbc.sql("select c.id from cover_arrangements c join people p on p.id = c.person_id"
                        + " where p.email = :email")
                .param("email", cover)
                .query(Long.class)
                .single();
        mvc.perform(dated(post(post + "/cover/" + coverId + "/end"), "endsOn", today.minusDays(1), admin))
                .andExpect(redirectedUrl(post));
        mvc.perform(get("/contacts").cookie(school.cookie()))
                .andExpect(content().string(containsString("Hollie Holder, Attendance Lead " + n)))
                .andExpect(content().string(not(containsString("Casey Cover"))));
        mvc.perform(get(post).cookie(admin))
                .andExpect(content().string(containsString("Casey Cover")))
                .andExpect(content().string(containsString("While Hollie is on leave")));
    }

    @Test
    void otherAuthorityStaffSeeTeamsButOnlyAdministratorsChangeThem() throws Exception {
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        long post = jdbc.sql("select id from authority_posts order by id limit 1")
                .query(Long.class)
                .single();
        mvc.perform(get("/directory/teams").cookie(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a team"))));
        mvc.perform(get("/directory/posts/" + post).cookie(editor)).andExpect(status().isOk());
        mvc.perform(get("/directory/teams/new").cookie(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/directory/posts/" + post + "/cover/new").cookie(editor))
                .andExpect(status().isForbidden());
        mvc.perform(post("/directory/posts/" + post + "/holders/new")
                        .cookie(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoCountyShowsWhoCoversWhileTheSafeguardingLeadIsAway() throws Exception {
        mvc.perform(get("/contacts").cookie(schoolStaff().cookie()))
                .andExpect(content().string(containsString("Owen Reid, Safeguarding Adviser")))
                .andExpect(content()
                        .string(containsString(
                                "Main point of contact while Helen Marsh (Education Safeguarding Lead) is away")))
                .andExpect(content().string(containsString("Marcus Lee, Interim Early Years Inclusion Adviser")))
                .andExpect(content().string(containsString("Daniel Price, SEND and Inclusion Lead (0-25)")));
    }

    record Staffed(String email, Cookie cookie) {}

    private Staffed schoolStaff() throws Exception {
        DirectoryFixtures fixtures = new DirectoryFixtures(records);
        String email = fixtures.aMemberOfStaff(fixtures.aSchool(), OrganisationRole.HEADTEACHER)
                .email();
        return new Staffed(email, SignedIn.schoolStaff(mvc, jdbc, email));
    }

    private static MockHttpServletRequestBuilder dated(
            MockHttpServletRequestBuilder request, String field, LocalDate date, Cookie cookie) {
        return request.param(field + ".day", String.valueOf(date.getDayOfMonth()))
                .param(field + ".month", String.valueOf(date.getMonthValue()))
                .param(field + ".year", String.valueOf(date.getYear()))
                .cookie(cookie)
                .with(csrf());
    }
}
