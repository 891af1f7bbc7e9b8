package uk.headsup.recognition.internal.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.Organisations;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.applications.Applications.State;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * From application to decision: a group replacing a school that declined, departments of a secondary school, applying
 * again after an application ended, and who sees an application (its schools, its specialist and assessor, the
 * officer) through the assessor's review, the request for more evidence, the visit and the panel's award.
 */
@HeadsUpIntegrationTest
class RecognitionAssessmentIT {

    static final String OFFICER = "amira.haddad@elmshire.example";
    static final Actor OFFICER_ACTOR = new Actor(OFFICER, "Amira Haddad");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Applications applications;

    @Autowired
    AssessorDesk desk;

    @Autowired
    SpecialistList specialists;

    @Autowired
    RecognitionSchemes schemes;

    @Autowired
    Organisations organisations;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Responses responses;

    @Autowired
    Accounts accounts;

    @Test
    void aGroupReplacesASchoolThatDeclinedAndOnlyTheHeadAnswersAnInvitation() throws Exception {
        long lead = organisation("Ashby Primary School");
        long declines = organisation("Bramcote Parva Primary School");
        long accepts = organisation("Elsey Primary School");
        long replacement = organisation("Coldmere Primary School");
        long id = applications.proposeGroup(
                qualityMark(),
                profile(lead),
                organisations.organisations(List.of(declines, accepts)),
                actor(head("Ashby Primary School")));
        assertThat(sentTo(head("Bramcote Parva Primary School"), "recognition-invitation"))
                .isPositive();

        Cookie senco = SignedIn.schoolStaff(mvc, jdbc, person("Bramcote Parva Primary School", "SENCO"));
        mvc.perform(post("/recognition/applications/" + id + "/members/" + declines + "/accept")
                        .cookie(senco)
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Only the headteacher can answer")));

        Cookie decliner = SignedIn.schoolStaff(mvc, jdbc, head("Bramcote Parva Primary School"));
        mvc.perform(post("/recognition/applications/" + id + "/members/" + declines + "/decline")
                        .cookie(decliner)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/recognition/applications/" + id).cookie(decliner)).andExpect(status().isNotFound());
        applications.answer(id, accepts, true, actor(head("Elsey Primary School")));
        assertThat(applications.submit(id, actor(head("Ashby Primary School"))))
                .anySatisfy(p -> assertThat(p)
                        .contains("at least 3 schools that have joined")
                        .contains("Ashby Primary School"));

        Cookie leader = SignedIn.schoolStaff(mvc, jdbc, head("Ashby Primary School"));
        mvc.perform(get("/recognition/applications/" + id).cookie(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bramcote Parva Primary School declined to join")))
                .andExpect(content().string(containsString("Invite another school in their place")));
        mvc.perform(post("/recognition/applications/" + id + "/invite")
                        .cookie(leader)
                        .with(csrf())
                        .param("partner", String.valueOf(organisation("Wystan Primary School"))))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Wystan Primary School is in Kingsford, not in Ashby Vale")));
        mvc.perform(post("/recognition/applications/" + id + "/invite")
                        .cookie(leader)
                        .with(csrf())
                        .param("partner", String.valueOf(replacement)))
                .andExpect(status().is3xxRedirection());
        applications.answer(id, replacement, true, actor(head("Coldmere Primary School")));
        assertThat(applications.members(id))
                .filteredOn(Applications.Member::joined)
                .extracting(Applications.Member::name)
                .containsExactlyInAnyOrder("Ashby Primary School", "Elsey Primary School", "Coldmere Primary School");

        // Every member school's staff work on the one self-evaluation.
        Cookie elseySenco = SignedIn.schoolStaff(mvc, jdbc, person("Elsey Primary School", "SENCO"));
        mvc.perform(post("/recognition/applications/" + id + "/answers")
                        .cookie(elseySenco)
                        .with(csrf())
                        .header("Accept", "application/json")
                        .param("standard", "1.1")
                        .param("fromRevision", "0")
                        .param("rating", "developing")
                        .param("narrative", "Our values name inclusion"))
                .andExpect(status().isOk());
        mvc.perform(get("/recognition/applications/" + id + "/summary").cookie(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Areas for development")))
                .andExpect(content().string(containsString("SEND code of practice")));

        // A school leaving or closing is told to the officers and the lead school, once.
        applications.leave(id, accepts, actor(head("Elsey Primary School")));
        assertThat(latestTextTo(OFFICER, "recognition-member-left"))
                .contains("Elsey Primary School has left the group");
        assertThat(sentTo(head("Ashby Primary School"), "recognition-member-left"))
                .isEqualTo(1);
        applications.memberClosed(replacement, "Coldmere Primary School", OFFICER_ACTOR);
        applications.memberClosed(replacement, "Coldmere Primary School", OFFICER_ACTOR);
        assertThat(sentTo(OFFICER, "recognition-member-closed")).isEqualTo(1);
        assertThat(latestTextTo(head("Ashby Primary School"), "recognition-member-closed"))
                .contains("Coldmere Primary School has closed")
                .contains("invite another school in its place");
    }

    @Test
    void departmentsOfASecondarySchoolApplyEachOnTheirOwn() {
        OrganisationProfile school = profile(organisation("Ashby Academy"));
        Actor head = actor(head("Ashby Academy"));
        long maths = applications.applyForDepartment(qualityMark(), school, "Mathematics", head);
        long arts = applications.applyForDepartment(qualityMark(), school, "Creative arts faculty", head);
        assertThat(maths).isNotEqualTo(arts);
        assertThat(applications.find(arts).orElseThrow().title()).isEqualTo("Ashby Academy: Creative arts faculty");
        assertThatThrownBy(() -> applications.applyForDepartment(qualityMark(), school, "mathematics", head))
                .isInstanceOf(Applications.Refused.class)
                .hasMessageContaining("Ashby Academy's mathematics already has a live application");
        assertThatThrownBy(() -> applications.applyForDepartment(
                        qualityMark(),
                        profile(organisation("Thornwick Church of England Primary School")),
                        "Maths",
                        head))
                .hasMessageContaining("is not a secondary school");
        assertThatThrownBy(() -> applications.applyForDepartment(qualityMark(), school, " ", head))
                .hasMessageContaining("Enter the department or faculty");
    }

    @Test
    void aDepartmentAddsEvidenceOnceForManyStandardsAndSubmitsAlone() throws Exception {
        String headEmail = head("Ashby Academy");
        long id = applications.applyForDepartment(
                qualityMark(), profile(organisation("Ashby Academy")), "Humanities faculty", actor(headEmail));
        Applications.Application a = applications.find(id).orElseThrow();
        List<String> standards = frameworks.version(a.versionId()).orElseThrow().framework().standards().stream()
                .map(Framework.Standard::number)
                .toList();
        String first = standards.get(0);
        String second = standards.get(1);
        Cookie head = SignedIn.schoolStaff(mvc, jdbc, headEmail);
        String evidence = "/recognition/applications/" + id + "/evidence";

        mvc.perform(post(evidence + "/link")
                        .cookie(head)
                        .with(csrf())
                        .param("title", "Our inclusion policy")
                        .param("url", "https://ashby.example/inclusion")
                        .param("standards", first + ", " + second))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(evidence + "/link")
                        .cookie(head)
                        .with(csrf())
                        .param("title", "Another")
                        .param("url", "https://ashby.example/other")
                        .param("standards", "99.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no standard 99.9 in this toolkit")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(evidence + "/file")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "minutes.exe", "application/octet-stream", "MZ not a document".getBytes()))
                        .param("fileStandards", second)
                        .cookie(head)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("The selected file must be a PDF, Word, Excel or PowerPoint document")));
        byte[] pdf = "%PDF-1.4\n% governors' minutes\n".getBytes();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(evidence + "/file")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "minutes.pdf", "application/pdf", pdf))
                        .param("fileStandards", first + " " + second)
                        .cookie(head)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        List<Responses.Evidence> added = responses.evidence(a.responseId());
        assertThat(added).hasSize(2).allSatisfy(e -> assertThat(e.standards()).containsExactly(first, second));
        long file = added.stream()
                .filter(Responses.Evidence::file)
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(get("/recognition/applications/" + id + "/self-evaluation").cookie(head))
                .andExpect(content().string(containsString("minutes.pdf (file)")))
                .andExpect(content().string(containsString("Our inclusion policy")))
                .andExpect(content().string(containsString("Add evidence")));
        assertThat(mvc.perform(get(evidence + "/" + file).cookie(head))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(pdf);
        Cookie officer = SignedIn.authorityStaff(mvc, "amira.haddad@elmshire.example");
        mvc.perform(get(evidence + "/" + file).cookie(officer)).andExpect(status().isOk());
        Cookie otherHead = SignedIn.schoolStaff(mvc, jdbc, head("Stowbridge Primary School"));
        mvc.perform(get(evidence + "/" + file).cookie(otherHead)).andExpect(status().isNotFound());

        answerAll(id, "embedded", actor(headEmail));
        assertThat(applications.submit(id, actor(headEmail)))
                .as("a department applies alone: the group's size rules are not its")
                .isEmpty();
    }

    @Test
    void applyingAgainAfterAnApplicationEndedStartsANewSelfEvaluation() {
        // The last setting or childminder in no live application: the other tests take theirs from the first.
        long setting = jdbc.sql("""
                        select o.id from organisations o where o.kind in ('EARLY_YEARS_SETTING', 'CHILDMINDER') and o.status <> 'CLOSED'
                           and not exists (select 1 from recognition_members m
                                             join recognition_applications a on a.id = m.application_id
                                            where m.organisation_id = o.id and a.state <> 'NOT_AWARDED')
                         order by o.id desc limit 1
                        """).query(Long.class).single();
        OrganisationProfile profile = profile(setting);
        Actor manager = new Actor("manager@setting.example", "A Manager");
        Scheme kitemark = schemes.find("kitemark").orElseThrow();
        long first = applications.applyAlone(kitemark, profile, true, manager);
        answerAll(first, "emerging", manager);
        assertThat(applications.submit(first, manager)).isEmpty();
        applications.decide(first, State.NOT_AWARDED, LocalDate.now().minusDays(1), "Panel", "", OFFICER_ACTOR);

        long second = applications.applyAlone(kitemark, profile, true, manager);
        Applications.Application again = applications.find(second).orElseThrow();
        assertThat(again.responseId())
                .isNotEqualTo(applications.find(first).orElseThrow().responseId());
        Response response = responses.find(again.responseId()).orElseThrow();
        assertThat(response.editable()).isTrue();
        assertThat(responses.answers(again.responseId())).isEmpty();
    }

    @Test
    void theAssessorAndSpecialistSeeOnlyTheirApplicationThroughToTheAward() throws Exception {
        long lead = organisation("Stowbridge Primary School");
        List<Long> others = List.of(organisation("Quenby Primary School"), organisation("Tarrow Primary School"));
        Actor leadHead = actor(head("Stowbridge Primary School"));
        long id =
                applications.proposeGroup(qualityMark(), profile(lead), organisations.organisations(others), leadHead);
        applications.answer(id, others.get(0), true, actor(head("Quenby Primary School")));
        applications.answer(id, others.get(1), true, actor(head("Tarrow Primary School")));
        answerAll(id, "embedded", leadHead);

        String assessorEmail = "assessor.isolation@external.example";
        String specialistEmail = "specialist.isolation@external.example";
        for (String email : List.of(assessorEmail, specialistEmail)) {
            if (!accounts.hasAuthorityAccount(email)) {
                accounts.createAuthorityAccount(
                        email, "External", EnumSet.of(AuthorityRole.RECOGNITION_ASSESSOR), SignedIn.DEMO_PASSWORD);
            }
        }
        long specialist = specialists.add(
                "Sam Specialist", "Inclusion Partners", specialistEmail, "", "£300 a day", OFFICER_ACTOR);
        Cookie specialistSession = SignedIn.authorityStaff(mvc, specialistEmail);
        mvc.perform(get("/recognition/applications/" + id).cookie(specialistSession))
                .andExpect(status().isNotFound());
        specialists.request(id, specialist, "Help with section 3", leadHead);
        specialists.assign(id, specialist, OFFICER_ACTOR);
        mvc.perform(get("/recognition/applications/" + id + "/self-evaluation").cookie(specialistSession))
                .andExpect(status().isOk());
        mvc.perform(post("/recognition/applications/" + id + "/comments")
                        .cookie(specialistSession)
                        .with(csrf())
                        .param("standard", "1.1")
                        .param("text", "Say how pupils describe the values"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/recognition/applications/" + id + "/answers")
                        .cookie(specialistSession)
                        .with(csrf())
                        .param("standard", "1.1")
                        .param("rating", "emerging"))
                .andExpect(status().isForbidden());

        assertThat(applications.submit(id, leadHead)).isEmpty();
        Cookie assessorSession = SignedIn.authorityStaff(mvc, assessorEmail);
        mvc.perform(get("/recognition/applications/" + id + "/assessment").cookie(assessorSession))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> desk.assign(id, "Nobody", "no.account@external.example", OFFICER_ACTOR))
                .hasMessageContaining("no.account@external.example has no account");
        desk.assign(id, "Alex Assessor", assessorEmail, OFFICER_ACTOR);
        mvc.perform(get("/recognition/applications/" + id + "/assessment").cookie(assessorSession))
                .andExpect(status().isOk());
        mvc.perform(post("/recognition/applications/" + id + "/decision")
                        .cookie(assessorSession)
                        .with(csrf())
                        .param("outcome", "AWARDED"))
                .andExpect(status().isForbidden());
        // Another school's staff, and the assessor of nothing else, learn nothing of it.
        Cookie otherHead = SignedIn.schoolStaff(mvc, jdbc, head("Ellcombe Primary School"));
        mvc.perform(get("/recognition/applications/" + id).cookie(otherHead)).andExpect(status().isNotFound());
        mvc.perform(get("/recognition/applications/" + id + "/letter.pdf").cookie(otherHead))
                .andExpect(status().isNotFound());

        mvc.perform(post("/recognition/applications/" + id + "/assessment/reviews")
                        .cookie(assessorSession)
                        .with(csrf())
                        .param("verdict.1.1", "EVIDENCED")
                        .param("verdict.2.1", "MORE_EVIDENCE")
                        .param("note.2.1", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.reviews(id)).isEmpty();
        desk.review(
                id,
                Map.of("1.1", "EVIDENCED", "2.1", "MORE_EVIDENCE"),
                Map.of("2.1", "Governors' minutes on inclusion"),
                new Actor(assessorEmail, "Alex Assessor"));
        desk.askForMoreEvidence(id, new Actor(assessorEmail, "Alex Assessor"));
        assertThat(applications.find(id).orElseThrow().state()).isEqualTo(State.MORE_EVIDENCE);
        assertThat(latestTextTo(head("Quenby Primary School"), "recognition-more-evidence"))
                .contains("Standard 2.1: Governors' minutes on inclusion")
                .doesNotContain("Standard 1.1");
        Cookie leader = SignedIn.schoolStaff(mvc, jdbc, head("Stowbridge Primary School"));
        mvc.perform(get("/recognition/applications/" + id + "/self-evaluation").cookie(leader))
                .andExpect(content().string(containsString("More evidence asked for: ")))
                .andExpect(content().string(containsString("Governors&#39; minutes on inclusion")))
                .andExpect(content().string(containsString("Say how pupils describe the values")));
        assertThat(applications.submit(id, leadHead)).isEmpty();

        Actor assessor = new Actor(assessorEmail, "Alex Assessor");
        assertThatThrownBy(() -> desk.recommend(id, State.AWARDED, null, "Strong", assessor))
                .hasMessageContaining("Book the visit before recommending");
        desk.bookVisit(
                id,
                LocalDateTime.now().plusDays(20).withHour(9).withMinute(30),
                180,
                "Stowbridge Primary School",
                assessor);
        assertThat(jdbc.sql("""
                        select count(*) from outbox_messages o join outbox_attachments a on a.message_id = o.id
                         where o.kind = 'recognition-visit' and lower(o.recipient) = lower(:to) and a.filename = 'visit.ics'
                        """).param("to", specialistEmail).query(Long.class).single())
                .isEqualTo(1);
        desk.recommend(id, State.AWARDED, null, "Inclusion runs through all three schools", assessor);
        assertThat(latestTextTo(OFFICER, "recognition-recommended"))
                .contains("Alex Assessor has recorded the findings and recommends: awarded");
        assertThatThrownBy(() -> applications.decide(
                        id, State.AWARDED, "Gold", LocalDate.now(), "Inclusion panel", "", OFFICER_ACTOR))
                .as("a level the scheme does not have is refused: the officer sets the levels up as a list")
                .hasMessageContaining("The SEND and Inclusion Quality Mark has no award levels");
        assertThat(applications.decisions(id)).isEmpty();
        applications.decide(
                id, State.AWARDED, null, LocalDate.now(), "Inclusion panel, chaired by J. Patel", "", OFFICER_ACTOR);
        assertThat(applications.awards(id)).hasSize(3);
        assertThat(applications.decisions(id)).singleElement().satisfies(d -> {
            assertThat(d.level()).isNull();
            assertThat(d.decidedBy()).isEqualTo("Inclusion panel, chaired by J. Patel");
        });
        assertThat(latestTextTo(head("Tarrow Primary School"), "recognition-outcome"))
                .contains("decided: awarded.");
        byte[] letter = mvc.perform(
                        get("/recognition/applications/" + id + "/letter.pdf").cookie(leader))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(letter, 0, 5)).isEqualTo("%PDF-");
    }

    private void answerAll(long id, String rating, Actor by) {
        Applications.Application a = applications.find(id).orElseThrow();
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        for (Framework.Standard s : framework.standards()) {
            Answer existing = responses.answers(a.responseId()).get(s.number());
            responses.save(
                    a.responseId(),
                    new Answer.Edit(
                            s.number(), existing == null ? 0 : existing.revision(), rating, "We do this", Map.of()),
                    by);
        }
    }

    private Scheme qualityMark() {
        return schemes.find("quality-mark").orElseThrow();
    }

    private OrganisationProfile profile(long id) {
        return organisations.organisation(id).orElseThrow();
    }

    private long organisation(String name) {
        return jdbc.sql("select id from organisations where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private Actor actor(String email) {
        return new Actor(email, email);
    }

    private String head(String school) {
        return person(school, "HEADTEACHER");
    }

    private String person(String school, String role) {
        return jdbc.sql("""
                        select p.email from people p join appointments a on a.person_id = p.id
                          join organisations o on o.id = a.organisation_id
                         where o.name = :name and a.role = :role and a.ends_on is null order by p.id limit 1
                        """)
                .param("name", school)
                .param("role", role)
                .query(String.class)
                .single();
    }

    private long sentTo(String email, String kind) {
        return jdbc.sql("select count(*) from outbox_messages where lower(recipient) = lower(:to) and kind = :kind")
                .param("to", email)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private String latestTextTo(String email, String kind) {
        return jdbc.sql("""
                        select text_body from outbox_messages where lower(recipient) = lower(:to) and kind = :kind
                         order by id desc limit 1
                        """)
                .param("to", email)
                .param("kind", kind)
                .query(String.class)
                .single();
    }
}
