package uk.headsup.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.events.EventFixtures;
import uk.headsup.events.EventPlanning;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * A headteacher keeps their own staff: adds a teacher (who can then be booked onto training), corrects the role,
 * ends it; each change is in the school's history. Nobody else, and no other school, can.
 */
@HeadsUpIntegrationTest
class SchoolStaffIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    EventPlanning planning;

    @Autowired
    uk.headsup.events.internal.StaffLookup staff;

    AudienceMember member(String school, OrganisationRole role) {
        return directory.members(Audience.of(role), LocalDate.now()).stream()
                .filter(m -> m.organisationName().equals(school))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aHeadteacherAddsCorrectsAndEndsTheirOwnStaffsRolesAndTheNewTeacherCanBeBooked() throws Exception {
        AudienceMember head = member("Kingsford Primary School", OrganisationRole.HEADTEACHER);
        AudienceMember senco = member("Kingsford Primary School", OrganisationRole.SENCO);
        AudienceMember elsewhere = member("Otterden Primary School", OrganisationRole.HEADTEACHER);
        long school = head.organisationId();
        String at = "/directory/people/at/" + school;
        Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, head.email());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

        mvc.perform(get(at).cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Add a member of staff")));
        mvc.perform(post(at + "/staff/new")
                        .cookie(cookie)
                        .with(csrf())
                        .param("fullName", "Tess Tremlett")
                        .param("email", "tess.tremlett@kingsford.example")
                        .param("role", "TEACHER")
                        .param("startsOn.day", String.valueOf(today.getDayOfMonth()))
                        .param("startsOn.month", String.valueOf(today.getMonthValue()))
                        .param("startsOn.year", String.valueOf(today.getYear())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(at).cookie(cookie))
                .andExpect(content().string(Matchers.containsString("Tess Tremlett")))
                .andExpect(content().string(Matchers.containsString("Teacher")));

        staff.forget();
        long course = planning.add(
                EventFixtures.aCourse().titled("Phonics for teachers").build(), "test");
        mvc.perform(get("/events/" + course + "/book").cookie(cookie))
                .andExpect(content().string(Matchers.containsString("Tess Tremlett")));
        Cookie sencoCookie = SignedIn.schoolStaff(mvc, jdbc, senco.email());
        mvc.perform(get("/events/" + course + "/book").cookie(sencoCookie))
                .andExpect(content().string(Matchers.containsString("Tess Tremlett")));

        long appointment = jdbc.sql("""
                        select a.id from appointments a join people p on p.id = a.person_id
                        where p.email = 'tess.tremlett@kingsford.example' and a.organisation_id = :o
                        """).param("o", school).query(Long.class).single();
        mvc.perform(post(at + "/staff/" + appointment + "/role")
                        .cookie(cookie)
                        .with(csrf())
                        .param("role", "TEACHING_ASSISTANT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(at + "/staff/" + appointment + "/end")
                        .cookie(cookie)
                        .with(csrf())
                        .param("endsOn.day", String.valueOf(today.getDayOfMonth()))
                        .param("endsOn.month", String.valueOf(today.getMonthValue()))
                        .param("endsOn.year", String.valueOf(today.getYear())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select role, ends_on from appointments where id = :id")
                        .param("id", appointment)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class))
                        .single())
                .isEqualTo("TEACHING_ASSISTANT " + today);
        assertThat(jdbc.sql("select field || ': ' || coalesce(old_value, '') || ' > ' || new_value"
                                + " from organisation_changes where organisation_id = :o order by id")
                        .param("o", school)
                        .query(String.class)
                        .list())
                .anySatisfy(c -> assertThat(c).startsWith("Staff role added by " + head.email()))
                .anySatisfy(c -> assertThat(c).contains("Tess Tremlett: Teacher > Tess Tremlett: Teaching assistant"))
                .anySatisfy(c -> assertThat(c).startsWith("Staff role ended by " + head.email()));

        mvc.perform(get(at + "/staff/new").cookie(sencoCookie)).andExpect(status().isNotFound());
        mvc.perform(get("/directory/people/at/" + elsewhere.organisationId() + "/staff/new")
                        .cookie(cookie))
                .andExpect(status().isNotFound());
        mvc.perform(get("/directory/people/at/" + elsewhere.organisationId() + "/staff/" + appointment + "/end")
                        .cookie(SignedIn.schoolStaff(mvc, jdbc, elsewhere.email())))
                .andExpect(status().isNotFound());
    }
}
