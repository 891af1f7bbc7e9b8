package uk.headsup.safeguarding.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventFixtures;
import uk.headsup.events.EventPlanning;
import uk.headsup.safeguarding.SafeguardingRecords;
import uk.headsup.safeguarding.internal.rounds.ReturnFilter;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.Rounds;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * Did the targeted offer help? Beside a standard, the county analysis shows its linked courses' evaluations, and
 * how the schools rated red or amber on it last year rate it now: those whose staff attended a linked course between
 * last year's return and this year's beside those whose staff did not. Here the answer is known: the two schools
 * that attended improved; of the others, one that went to a linked course long before last year's return stayed the
 * same and one that went to none got worse.
 */
@HeadsUpIntegrationTest
class OfferHelpedIT {

    static final String STANDARD = "10.2";
    static final String OFFICER = "helen.marsh@elmshire.example";
    static final String GRACE = "grace.okafor@elmshire.example";
    static final ReturnFilter ALL = new ReturnFilter(null, null, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    EventPlanning planning;

    @Autowired
    SafeguardingRecords records;

    @Autowired
    Analysis analysis;

    @Autowired
    Rounds rounds;

    record School(long organisationId, long responseBefore, long responseNow) {}

    /** The demo's schools whose returns count in both rounds: accepted last year, signed off or accepted this year. */
    private List<School> countedInBoth(long before, long now) {
        return jdbc.sql("""
                        select a.organisation_id, a.response_id, b.response_id
                        from safeguarding_returns a
                        join assessment_responses pa on pa.id = a.response_id
                        join safeguarding_returns b on b.organisation_id = a.organisation_id and b.round_id = :now
                        join assessment_responses pb on pb.id = b.response_id
                        where a.round_id = :before
                          and (pa.state = 'ACCEPTED' or (pa.state = 'SUBMITTED' and a.signed_off_at is not null))
                          and (pb.state = 'ACCEPTED' or (pb.state = 'SUBMITTED' and b.signed_off_at is not null))
                        order by a.organisation_id
                        """)
                .param("before", before)
                .param("now", now)
                .query((rs, n) -> new School(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Sets the rating (answered or not) and moves the response's time on, as any save does. */
    private void rate(long response, String rating) {
        jdbc.sql("""
                        insert into assessment_answers (response_id, standard, rating, narrative, revision, updated_by,
                            updated_by_name)
                        values (:r, :s, :rating, 'Set by the test', 1, 'test', 'Test')
                        on conflict (response_id, standard) do update set rating = excluded.rating
                        """)
                .param("rating", rating)
                .param("r", response)
                .param("s", STANDARD)
                .update();
        jdbc.sql("update assessment_responses set updated_at = now() where id = :r")
                .param("r", response)
                .update();
    }

    private long round(String title) {
        return jdbc.sql("select id from safeguarding_rounds where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    /** A course that ended {@code daysAgo} days ago, attended by the school's DSL, who rated every question so. */
    private long held(int daysAgo, School school, int rating) {
        String title = "Early help in practice " + UUID.randomUUID().toString().substring(0, 8);
        long event = planning.add(
                EventFixtures.aCourse().titled(title).inDays(-daysAgo).build(), GRACE);
        int questions = jdbc.sql("select jsonb_array_length(evaluation_questions) from events where id = :e")
                .param("e", event)
                .query(Integer.class)
                .single();
        AudienceMember dsl = directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .filter(m -> m.organisationId() == school.organisationId())
                .findFirst()
                .orElseThrow();
        assertThat(planning.recordHeld(
                        event,
                        school.organisationId(),
                        List.of(dsl.personId()),
                        List.of(Collections.nCopies(questions, rating)),
                        GRACE,
                        "Grace Okafor"))
                .isEqualTo(1);
        return event;
    }

    @Test
    void schoolsThatAttendedALinkedCourseImprovedAndTheOthersDidNot() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
        long lastYear = round("Safeguarding audit " + (year - 1));
        long thisYear = round("Safeguarding audit " + year);
        List<School> schools = countedInBoth(lastYear, thisYear);
        assertThat(schools).as("the demo's returns counted in both rounds").hasSizeGreaterThanOrEqualTo(4);
        School redThenGreen = schools.get(0);
        School amberThenGreen = schools.get(1);
        School wentTooEarly = schools.get(2);
        School didNotGo = schools.get(3);
        // Every other school counted in both was green last year: not among those the offer was for.
        for (School s : schools) {
            rate(s.responseBefore(), "green");
            rate(s.responseNow(), "green");
        }
        rate(redThenGreen.responseBefore(), "red");
        rate(amberThenGreen.responseBefore(), "amber");
        rate(wentTooEarly.responseBefore(), "amber");
        rate(wentTooEarly.responseNow(), "amber");
        rate(didNotGo.responseBefore(), "amber");
        rate(didNotGo.responseNow(), "red");

        // Last year's offer: one course 40 days ago attended by two schools (rated 5 and 4 throughout)...
        long course = held(40, redThenGreen, 5);
        AudienceMember second = directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .filter(m -> m.organisationId() == amberThenGreen.organisationId())
                .findFirst()
                .orElseThrow();
        int questions = jdbc.sql("select jsonb_array_length(evaluation_questions) from events where id = :e")
                .param("e", course)
                .query(Integer.class)
                .single();
        planning.recordHeld(
                course,
                amberThenGreen.organisationId(),
                List.of(second.personId()),
                List.of(Collections.nCopies(questions, 4)),
                GRACE,
                "Grace Okafor");
        records.linkCourse(lastYear, STANDARD, course, OFFICER);
        // ... and one linked this year that the third school attended two years ago, long before last year's return.
        long early = held(730, wentTooEarly, 3);
        records.linkCourse(thisYear, STANDARD, early, OFFICER);

        Round round = rounds.round(thisYear).orElseThrow();
        Analysis.StandardFigures figures = analysis.of(round, ALL).standards().stream()
                .filter(f -> f.number().equals(STANDARD))
                .findFirst()
                .orElseThrow();
        Analysis.Offer offer = figures.offer();
        assertThat(offer.courses()).isEqualTo(2);
        assertThat(offer.evaluations()).isEqualTo(3);
        // (5 + 4 + 3) / 3 over every evaluation of either course.
        assertThat(offer.average()).isEqualTo("4.0");
        assertThat(offer.attended()).isEqualTo(new Analysis.Movement(2, 0, 0));
        assertThat(offer.didNotAttend()).isEqualTo(new Analysis.Movement(0, 1, 1));

        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        String page = mvc.perform(
                        get("/safeguarding/rounds/" + thisYear + "/analysis").cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String table = page.substring(page.indexOf("id=\"offer-" + STANDARD + "\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table.replaceAll("\\s+", " "))
                .contains("2 courses linked. 3 evaluations, average rating 4.0 out of 5.")
                .contains("Schools rated red or amber on " + STANDARD + " last year: their rating this year")
                .containsPattern("Attended a linked course</th> <td[^>]*>2</td> <td[^>]*>2 \\(100%\\)</td>"
                        + " <td[^>]*>0 \\(0%\\)</td> <td[^>]*>0 \\(0%\\)</td>")
                .containsPattern("Did not attend</th> <td[^>]*>2</td> <td[^>]*>0 \\(0%\\)</td>"
                        + " <td[^>]*>1 \\(50%\\)</td> <td[^>]*>1 \\(50%\\)</td>");

        String csv = mvc.perform(get("/safeguarding/rounds/" + thisYear + "/analysis.csv")
                        .cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .endsWith(",Linked courses,Course evaluations,Average evaluation (out of 5),"
                        + "\"Red or amber last year, attended a linked course: returns\",Attended: better,"
                        + "Attended: same,Attended: worse,\"Red or amber last year, did not attend: returns\","
                        + "Did not attend: better,Did not attend: same,Did not attend: worse");
        assertThat(csv.lines().filter(l -> l.startsWith(STANDARD + ",")))
                .singleElement()
                .asString()
                .endsWith(",2,3,4.0,2,2,0,0,2,0,1,1");

        // For the safeguarding partnership: fewer than 5 evaluations and schools are not told apart.
        byte[] pdf = mvc.perform(get("/safeguarding/rounds/" + thisYear + "/analysis.pdf")
                        .cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Courses offered on standards: did they help?")
                    .contains("Did it help?")
                    .contains("Attended a linked course fewer than 5 not shown")
                    .contains("Did not attend fewer than 5 not shown");
        }

        // Last year's courses page sets the same comparison beside its courses, from this year's analysis.
        String courses = mvc.perform(
                        get("/safeguarding/rounds/" + lastYear + "/courses").cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(courses.replaceAll("\\s+", " "))
                .contains("Attended or not, county-wide")
                .contains("From the county analysis of Safeguarding audit " + year)
                .containsPattern("Attended a linked course</th> <td[^>]*>2</td> <td[^>]*>2 \\(100%\\)</td>");
    }
}
