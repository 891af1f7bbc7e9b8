package uk.headsup.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** The demo's primary headteacher's home page, as a council would read it on the first morning. */
@HeadsUpIntegrationTest
class SchoolHomeIT {

    static final String HEAD = "amara.abbott@northbrook-primary.sch.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachListOfWhatIsAskedIsNamedAndTheBulletinsAuditDeadlineIsTheAuditsOwn() throws Exception {
        String home = mvc.perform(get("/").cookie(SignedIn.schoolStaff(mvc, jdbc, HEAD)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // The bulletins' list and the safeguarding audit's list: two links, two names, not the same words twice.
        List<String> lists = all(home, "See everything asked of you in ([^<]*), and mark things done");
        assertThat(lists).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
        assertThat(lists).anySatisfy(l -> assertThat(l).contains("Heads Up"));
        assertThat(lists).anySatisfy(l -> assertThat(l).contains("Safeguarding audit"));

        // The bulletin's call to action is the audit itself: the home page shows it once, as the audit's own item for
        // the school's return, due on the day the bulletin asked for; the bulletins' own list still has it.
        List<String> bulletinDue = all(home, "Complete the safeguarding audit</a>[\\s\\S]*?>By ([^<]*)</strong>");
        List<String> auditDue = all(home, "safeguarding audit return \\([^)]*\\)</a>[\\s\\S]*?>By ([^<]*)</strong>");
        assertThat(bulletinDue)
                .as("the bulletin's ask, shown through the audit's own item")
                .isEmpty();
        assertThat(auditDue).hasSize(1);
        String attention = mvc.perform(get("/bulletins/attention").cookie(SignedIn.schoolStaff(mvc, jdbc, HEAD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(
                        all(
                                attention,
                                "Complete the safeguarding audit</a>[\\s\\S]*?</td>\\s*<td class=\"govuk-table__cell\">\\s*<span>([^<]*)</span>"))
                .singleElement()
                .satisfies(day -> assertThat(day).startsWith(auditDue.get(0) + " "));

        // The bulletin's "register for the conference" asks for the day booking closes, as the event's page says.
        java.time.Instant closes = jdbc.sql(
                        "select booking_closes_at from events where title like 'Elmshire Headteachers'' Conference%'")
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK)
                .format(closes.atZone(java.time.ZoneId.of("Europe/London")));
        assertThat(all(home, "Register for the headteachers’ conference</a>[\\s\\S]*?>By ([^<]*)</strong>"))
                .containsExactly(day);
    }

    private static List<String> all(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }
}
