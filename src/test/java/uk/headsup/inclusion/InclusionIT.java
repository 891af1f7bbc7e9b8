package uk.headsup.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.inclusion.internal.pupils.Retention;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * Who may see a pupil (every pupil address, as another school's head, an editor and an administrator: 404 and
 * nothing of the pupil), small counts suppressed in the school's report and the data pack, and the retention job.
 */
@HeadsUpIntegrationTest
class InclusionIT {

    static final String OFFICER = "marcus.reid@elmshire.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    InclusionRecords records;

    @Autowired
    Retention retention;

    record Row(long exclusion, long pupil, long school, String lastName) {}

    Row aDemoExclusion() {
        return jdbc.sql("""
                        select e.id, e.pupil_id, e.organisation_id, p.last_name from inclusion_exclusions e
                          join inclusion_pupils p on p.id = e.pupil_id where e.kind = 'PERMANENT' order by e.id limit 1
                        """)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .single();
    }

    List<AudienceMember> secondaryHeads() {
        return directory.members(Audience.of(OrganisationRole.HEADTEACHER), LocalDate.now()).stream()
                .filter(m -> m.phase() == Phase.SECONDARY)
                .toList();
    }

    @Test
    void everyPupilAddressIsNotFoundForAnotherSchoolsHeadAnEditorAndAnAdministrator() throws Exception {
        Row row = aDemoExclusion();
        AudienceMember otherHead = secondaryHeads().stream()
                .filter(m -> m.organisationId() != row.school())
                .findFirst()
                .orElseThrow();
        AudienceMember ownHead = secondaryHeads().stream()
                .filter(m -> m.organisationId() == row.school())
                .findFirst()
                .orElseThrow();
        List<MockHttpServletRequestBuilder> addresses = List.of(
                get("/inclusion/exclusions/" + row.exclusion()),
                get("/inclusion/exclusions/" + row.exclusion() + "/details"),
                post("/inclusion/exclusions/" + row.exclusion() + "/details").param("yearGroup", "9"),
                post("/inclusion/exclusions/" + row.exclusion() + "/governors").param("heldOn.day", "1"),
                post("/inclusion/exclusions/" + row.exclusion() + "/review"),
                post("/inclusion/exclusions/" + row.exclusion() + "/sixth-day").param("provider", "X"),
                post("/inclusion/exclusions/" + row.exclusion() + "/new-school"),
                get("/inclusion/pupils/" + row.pupil()),
                get("/inclusion/pupils/" + row.pupil() + "/export.csv"),
                get("/inclusion/pupils/" + row.pupil() + "/export.json"),
                post("/inclusion/pupils/" + row.pupil() + "/outcome").param("ks4Year", "2026"),
                post("/inclusion/pupils/" + row.pupil() + "/erase").param("confirm", "yes"),
                get("/inclusion/placements/new").param("pupil", String.valueOf(row.pupil())));
        long readsBefore = reads(row.pupil());
        for (Cookie who : List.of(
                SignedIn.schoolStaff(mvc, jdbc, otherHead.email()),
                SignedIn.authorityStaff(mvc, SignedIn.EDITOR),
                SignedIn.authorityStaff(mvc, SignedIn.ADMIN))) {
            for (MockHttpServletRequestBuilder address : addresses) {
                MockHttpServletResponse response = mvc.perform(
                                address.cookie(who).with(csrf()))
                        .andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as(address.toString()).isEqualTo(404);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(row.lastName());
            }
        }
        assertThat(reads(row.pupil())).isEqualTo(readsBefore);
        assertThat(jdbc.sql("select count(*) from inclusion_pupils where id = :id")
                        .param("id", row.pupil())
                        .query(Long.class)
                        .single())
                .isOne();

        // The school's own head and the inclusion officer read it, and each read is logged.
        Cookie head = SignedIn.schoolStaff(mvc, jdbc, ownHead.email());
        assertThat(body(get("/inclusion/exclusions/" + row.exclusion()), head)).contains(row.lastName());
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        assertThat(body(get("/inclusion/pupils/" + row.pupil() + "/export.json"), officer))
                .contains(row.lastName());
        assertThat(reads(row.pupil())).isEqualTo(readsBefore + 2);
    }

    @Test
    void countsUnder5AreSuppressedInTheSchoolsReportAndTheDataPack() throws Exception {
        Row row = aDemoExclusion();
        AudienceMember head = secondaryHeads().stream()
                .filter(m -> m.organisationId() == row.school())
                .findFirst()
                .orElseThrow();
        String report = body(get("/inclusion/reports/school"), SignedIn.schoolStaff(mvc, jdbc, head.email()));
        assertThat(report).contains("fewer than 5").contains("County");
        // Every numeric cell the school sees is 5 or more.
        var cells = java.util.regex.Pattern.compile("govuk-table__cell--numeric\">(\\d+)<")
                .matcher(report);
        while (cells.find()) {
            assertThat(Long.parseLong(cells.group(1))).isGreaterThanOrEqualTo(5);
        }

        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        String csv = body(get("/inclusion/reports/data-pack.csv"), officer);
        List<String> counts = csv.lines()
                .skip(1)
                .map(l -> l.substring(l.lastIndexOf(',') + 1))
                .toList();
        assertThat(counts).isNotEmpty().contains("fewer than 5");
        for (String count : counts) {
            assertThat(count.equals("fewer than 5") || count.equals("hidden") || Long.parseLong(count) >= 5)
                    .as(count)
                    .isTrue();
        }
        byte[] pdf = mvc.perform(get("/inclusion/reports/data-pack.pdf").cookie(officer))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // The officer's own report shows exact counts.
        assertThat(body(get("/inclusion/reports/school/" + row.school()), officer))
                .doesNotContain("fewer than 5");
    }

    @Test
    void retentionDeletesThePupilsWhoseTimeHasComeAndNobodyElse() {
        long school = secondaryHeads().get(0).organisationId();
        LocalDate monday = LocalDate.of(2025, 11, 3);
        var due = records.notify(new InclusionRecords.NewExclusion(
                school,
                "Retention",
                "Due",
                LocalDate.of(2006, 10, 1),
                "SUSPENSION",
                monday,
                monday,
                "DB",
                "test",
                monday,
                null,
                null,
                null,
                null,
                null,
                null));
        var kept = records.notify(new InclusionRecords.NewExclusion(
                school,
                "Retention",
                "Kept",
                LocalDate.of(2006, 10, 2),
                "SUSPENSION",
                monday,
                monday,
                "DB",
                "test",
                monday,
                null,
                null,
                null,
                null,
                null,
                null));
        long before = jdbc.sql("select count(*) from inclusion_pupils")
                .query(Long.class)
                .single();
        long retainedBefore = retained(school);

        assertThat(retention.deleteDue(LocalDate.of(2031, 10, 1))).isEqualTo(1);

        assertThat(jdbc.sql("select count(*) from inclusion_pupils")
                        .query(Long.class)
                        .single())
                .isEqualTo(before - 1);
        assertThat(jdbc.sql("select count(*) from inclusion_pupils where id = :id")
                        .param("id", due.pupilId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from inclusion_exclusions where id = :id")
                        .param("id", due.exclusionId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from inclusion_pupils where id = :id")
                        .param("id", kept.pupilId())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(retained(school)).isEqualTo(retainedBefore + 1);
        retention.forget(List.of(kept.pupilId()));
    }

    long retained(long school) {
        return jdbc.sql("select coalesce(sum(exclusions), 0) from inclusion_retained_counts where organisation_id = :s"
                        + " and kind = 'SUSPENSION' and academic_year = '2025-26'")
                .param("s", school)
                .query(Long.class)
                .single();
    }

    long reads(long pupil) {
        return jdbc.sql("select count(*) from inclusion_access_log where pupil_id = :p")
                .param("p", pupil)
                .query(Long.class)
                .single();
    }

    String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.cookie(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
