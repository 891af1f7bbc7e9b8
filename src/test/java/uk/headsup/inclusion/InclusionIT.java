package uk.headsup.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationKind;
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

    @Autowired
    DirectoryRecords directoryRecords;

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
    void theOfficersHomeListsExclusionsWithTheirSchoolAndASchoolsHomeWithTheirForm() throws Exception {
        Row row = aDemoExclusion();
        AudienceMember ownHead = secondaryHeads().stream()
                .filter(m -> m.organisationId() == row.school())
                .findFirst()
                .orElseThrow();
        String school = body(get("/inclusion"), SignedIn.schoolStaff(mvc, jdbc, ownHead.email()));
        assertThat(school)
                .contains("aria-label=\"Exclusions\"", "Exclusions, latest first", row.lastName(), ">Form</th>")
                .doesNotContain(">School</th>");
        String officer = body(get("/inclusion"), SignedIn.authorityStaff(mvc, OFFICER));
        assertThat(officer)
                .contains("aria-label=\"Latest exclusions\"", "The latest 50 exclusions", ">School</th>")
                .doesNotContain(">Form</th>");
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
                get("/inclusion/placements/new").param("pupil", String.valueOf(row.pupil())),
                get("/inclusion/providers/" + aProviderOf(row.pupil())),
                get("/inclusion/reports/school/" + row.school()));
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
        // The list of exclusions: another school's head sees their own, editors and administrators nothing.
        Cookie otherHeadSignedIn = SignedIn.schoolStaff(mvc, jdbc, otherHead.email());
        assertThat(body(get("/inclusion"), otherHeadSignedIn)).doesNotContain(row.lastName());
        for (String staff : List.of(SignedIn.EDITOR, SignedIn.ADMIN)) {
            assertThat(mvc.perform(get("/inclusion").cookie(SignedIn.authorityStaff(mvc, staff)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
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

    @Test
    void theDataPackBecomesADraftBulletinArticleForHeadsWithEveryCountUnder5Suppressed() throws Exception {
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        MockHttpServletResponse response = mvc.perform(post("/inclusion/reports/data-pack/article")
                        .cookie(officer)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).matches("/bulletins/articles/\\d+");
        long id = Long.parseLong(response.getRedirectedUrl().substring("/bulletins/articles/".length()));
        var article = jdbc.sql("select status, author_email, title, body, audience_roles::text from bulletin_articles"
                        + " where id = :id")
                .param("id", id)
                .query((rs, n) ->
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
        assertThat(article.get(0)).isEqualTo("DRAFT");
        assertThat(article.get(1)).isEqualTo(OFFICER);
        assertThat(article.get(2)).startsWith("Exclusions data pack");
        assertThat(article.get(4)).isEqualTo("{HEADTEACHER}");
        String body = article.get(3);
        // The demo county has counts under 5 (reasons given once or twice): each is "fewer than 5".
        assertThat(body).contains("fewer than 5").contains("# Exclusions by reason");
        var counts =
                java.util.regex.Pattern.compile("\\| (\\d+)(?: of (\\d+))? ").matcher(body);
        int seen = 0;
        while (counts.find()) {
            seen++;
            assertThat(Long.parseLong(counts.group(1))).as(counts.group()).isGreaterThanOrEqualTo(5);
            if (counts.group(2) != null) {
                assertThat(Long.parseLong(counts.group(2))).as(counts.group()).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(seen).isPositive();
        // It is the officer's own draft, to check and submit.
        assertThat(body(get("/bulletins/articles/" + id), officer)).contains(article.get(2));
    }

    @Test
    void aSuccessorsReportCountsThePupilsItsPredecessorExcludedUnderTheNameItHadThen() throws Exception {
        String n = String.format("%04d", System.nanoTime() % 10_000);
        long old = directoryRecords.addOrganisation(new DirectoryRecords.NewOrganisation(
                OrganisationKind.SCHOOL,
                "Brookfield Community School " + n,
                "96" + n,
                Phase.SECONDARY,
                "Community school",
                "Kingsford",
                null,
                "Kingsford",
                null));
        long academy = directoryRecords.addOrganisation(new DirectoryRecords.NewOrganisation(
                OrganisationKind.SCHOOL,
                "Brookfield Academy " + n,
                "97" + n,
                Phase.SECONDARY,
                "Academy converter",
                "Kingsford",
                null,
                "Kingsford",
                null));
        LocalDate monday = LocalDate.of(2025, 11, 3);
        var excluded = records.notify(new InclusionRecords.NewExclusion(
                old,
                "Casey",
                "Predecessor" + n,
                LocalDate.of(2010, 5, 1),
                "PERMANENT",
                monday,
                null,
                "DB",
                "test",
                monday,
                11,
                "NONE",
                false,
                false,
                false,
                null));
        records.recordOutcome(excluded.pupilId(), 2026, true, false, "SUSTAINED");
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        String gradeRow = "Excluded pupils with grade 4 or above in English and maths</th>";
        String before = body(get("/inclusion/reports/school/" + academy), officer);
        assertThat(after(before, gradeRow)).startsWith("<td class=\"govuk-table__cell\">none</td>");

        // GIAS's links: the academy's predecessor is the community school, and an older one came before that
        // (given from its own side, as a successor row).
        String links = "URN,LinkURN,LinkName,LinkType,LinkEstablishedDate\r\n"
                + "97" + n + ",96" + n + ",Brookfield Community School,Predecessor,01-09-2026\r\n"
                + "95" + n + ",96" + n + ",Brookfield Community School,Successor - amalgamated,01-09-2012\r\n";
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        mvc.perform(multipart("/directory/imports")
                        .file(new MockMultipartFile(
                                "file", "links_edubasealldata.csv", "text/csv", links.getBytes(StandardCharsets.UTF_8)))
                        .cookie(admin)
                        .with(csrf()))
                .andReturn();
        assertThat(directory.predecessors("97" + n))
                .extracting(uk.headsup.directory.Predecessor::urn, uk.headsup.directory.Predecessor::organisationId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("96" + n, old),
                        org.assertj.core.groups.Tuple.tuple("95" + n, null));

        String report = body(get("/inclusion/reports/school/" + academy), officer);
        assertThat(after(report, gradeRow)).startsWith("<td class=\"govuk-table__cell\">1 of 1 (100 %)</td>");
        assertThat(report)
                .contains("include the pupils excluded by the schools it succeeded")
                .contains("Brookfield Community School " + n + ", URN 96" + n + " (predecessor since 1 September 2026)")
                .contains("Brookfield Community School " + n + " (predecessor)");
        // The academy's head sees it too, suppressed.
        long headId = directoryRecords.addPerson("Robin Academy" + n, "head" + n + "@brookfield.example", null, null);
        directoryRecords.appoint(headId, academy, OrganisationRole.HEADTEACHER, LocalDate.of(2026, 9, 1));
        String own = body(
                get("/inclusion/reports/school"), SignedIn.schoolStaff(mvc, jdbc, "head" + n + "@brookfield.example"));
        assertThat(after(own, gradeRow))
                .startsWith("<td class=\"govuk-table__cell\">fewer than 5 pupils: not shown</td>");
        assertThat(own).contains("Brookfield Community School " + n + " (predecessor)");
        jdbc.sql("delete from organisation_links where successor_urn in (:urns)")
                .param("urns", List.of("97" + n, "96" + n))
                .update();
    }

    @Test
    void aTermsSuspensionsCsvWithBadRowsNamesEachLineAndColumnAndSavesNothing() throws Exception {
        String n = String.format("%04d", System.nanoTime() % 10_000);
        AudienceMember head = secondaryHeads().get(0);
        String csv = "First name,Last name,Date of birth,UPN,Type,First day,Last day,Reason\n"
                + "Alex,Csv" + n + ",14/03/2011,,Suspension,03/11/2025,04/11/2025,DB\n"
                + "Billie,Csv" + n + ",01/01/2023,,Suspension,03/11/2025,03/11/2025,DB\n"
                + "Cody,Csv" + n + ",01/01/2000,,Suspension,03/11/2025,03/11/2025,DB\n"
                + "Dana,Csv" + n + ",14/03/2011,,Suspension,27/10/2025,03/11/2025,DB\n"
                + "Eli,Csv" + n + ",14/03/2011,A801200001001,Suspension,03/11/2025,03/11/2025,DB\n"
                + "Fran,Csv" + n + ",14/03/2011,,Suspension,03/11/2025,03/11/2025,XX\n"
                + "Gene,Csv" + n + ",14/03/2011,,Suspension,08/09/2025,17/10/2025,PP\n"
                + "Gene,Csv" + n + ",14/03/2011,,Suspension,03/11/2025,28/11/2025,PP\n";
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(
                        multipart("/inclusion/suspensions/import")
                                .file(new MockMultipartFile(
                                        "file", "suspensions.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                                .cookie(SignedIn.schoolStaff(mvc, jdbc, head.email()))
                                .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page)
                .contains("There is a problem: nothing was saved")
                .contains("Line 3, Date of birth: Date of birth makes the pupil younger than 4")
                .contains("Line 4, Date of birth: Date of birth makes the pupil older than 19")
                .contains("Line 5, First day: First day must be a school day: it falls in Autumn half-term")
                .contains("Line 6, UPN: UPN check letter is wrong")
                .contains("Line 7, Reason: Reason 'XX' is not one of the DfE's reasons")
                .contains("Line 9, Last day: Suspensions would total 50 school days this academic year")
                .doesNotContain("Line 2,")
                .doesNotContain("Line 8,");
        assertThat(jdbc.sql("select count(*) from inclusion_pupils where last_name = :name")
                        .param("name", "Csv" + n)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    static String after(String page, String marker) {
        assertThat(page).contains(marker);
        return page.substring(page.indexOf(marker) + marker.length()).strip();
    }

    long retained(long school) {
        return jdbc.sql("select coalesce(sum(exclusions), 0) from inclusion_retained_counts where organisation_id = :s"
                        + " and kind = 'SUSPENSION' and academic_year = '2025-26'")
                .param("s", school)
                .query(Long.class)
                .single();
    }

    /** The provider teaching this pupil, or any provider if none does. */
    long aProviderOf(long pupil) {
        return jdbc.sql("select coalesce((select provider_id from inclusion_placements where pupil_id = :p limit 1),"
                        + " (select min(id) from inclusion_providers))")
                .param("p", pupil)
                .query(Long.class)
                .single();
    }

    long reads(long pupil) {
        return jdbc.sql("select count(*) from inclusion_access_log where pupil_id = :p")
                .param("p", pupil)
                .query(Long.class)
                .single();
    }

    @Test
    void afterAPermanentExclusionTheAuthorityNotTheExcludingSchoolArrangesEducationFromTheSixthDay() throws Exception {
        Row row = aDemoExclusion();
        AudienceMember ownHead = secondaryHeads().stream()
                .filter(m -> m.organisationId() == row.school())
                .findFirst()
                .orElseThrow();
        Cookie head = SignedIn.schoolStaff(mvc, jdbc, ownHead.email());
        String before = sixthDayProvider(row.exclusion());

        int status = mvc.perform(post("/inclusion/exclusions/" + row.exclusion() + "/sixth-day")
                        .param("provider", "Our own inclusion unit")
                        .param("from.day", "4")
                        .param("from.month", "1")
                        .param("from.year", "2027")
                        .cookie(head)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(sixthDayProvider(row.exclusion())).isEqualTo(before);
        assertThat(body(get("/inclusion/exclusions/" + row.exclusion()), head))
                .doesNotContain("/inclusion/exclusions/" + row.exclusion() + "/sixth-day");
    }

    String sixthDayProvider(long exclusion) {
        return jdbc.sql("select coalesce(sixth_day_provider, '') from inclusion_exclusions where id = :id")
                .param("id", exclusion)
                .query(String.class)
                .single();
    }

    @Test
    void aLineOfTermDatesWithProblemsNamesEachFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        long before = jdbc.sql("select count(*) from inclusion_term_dates")
                .query(Long.class)
                .single();
        String page = body(
                post("/inclusion/term-dates")
                        .with(csrf())
                        .param("academicYear", "2031/32")
                        .param("kind", "TERM")
                        .param("name", "Autumn term 2031")
                        .param("startsOn.day", "3")
                        .param("startsOn.month", "9")
                        .param("startsOn.year", "2031")
                        .param("endsOn.day", "2")
                        .param("endsOn.month", "9")
                        .param("endsOn.year", "2031"),
                officer);
        assertThat(page)
                .contains("govuk-error-summary")
                .contains("href=\"#academicYear\"")
                .contains("Academic year must be like 2025-26")
                .contains("End date must be the same as or after the start date")
                .contains("value=\"2031/32\"")
                .contains("value=\"Autumn term 2031\"");
        assertThat(jdbc.sql("select count(*) from inclusion_term_dates")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        MockHttpServletResponse saved = mvc.perform(post("/inclusion/term-dates")
                        .with(csrf())
                        .cookie(officer)
                        .param("academicYear", "2031-32")
                        .param("kind", "TERM")
                        .param("name", "Autumn term 2031")
                        .param("startsOn.day", "3")
                        .param("startsOn.month", "9")
                        .param("startsOn.year", "2031")
                        .param("endsOn.day", "19")
                        .param("endsOn.month", "12")
                        .param("endsOn.year", "2031"))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/inclusion/term-dates");
        assertThat(jdbc.sql("select count(*) from inclusion_term_dates where academic_year = '2031-32'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        jdbc.sql("delete from inclusion_term_dates where academic_year = '2031-32'")
                .update();
    }

    @Test
    void aProvidersPlacementsSayWhoCommissionedEach() throws Exception {
        record Placed(long provider, String commissionedBy) {}
        List<Placed> placed = jdbc.sql("select provider_id, commissioned_by from inclusion_placements order by id")
                .query((rs, n) -> new Placed(rs.getLong(1), rs.getString(2)))
                .list();
        assertThat(placed).extracting(Placed::commissionedBy).contains("SCHOOL", "AUTHORITY");
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        for (String commissioner : List.of("SCHOOL", "AUTHORITY")) {
            Placed one = placed.stream()
                    .filter(p -> p.commissionedBy().equals(commissioner))
                    .findFirst()
                    .orElseThrow();
            assertThat(body(get("/inclusion/providers/" + one.provider()), officer))
                    .contains("(" + commissioner.toLowerCase(Locale.ROOT) + ")</td>");
        }
    }

    String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.cookie(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
