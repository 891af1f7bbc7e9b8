package uk.headsup.recognition.internal.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Organisations;
import uk.headsup.platform.ActionDue;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * Who sees an application, a group refused by its rule in plain words, and the public register listing a
 * childminder only with their consent.
 */
@HeadsUpIntegrationTest
class RecognitionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Applications applications;

    @Autowired
    RecognitionSchemes schemes;

    @Autowired
    Organisations organisations;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Responses responses;

    @Autowired
    RecognitionActions actions;

    @Autowired
    Directory directory;

    @Test
    void aGroupBreakingARuleIsRefusedAndAnotherSchoolGetsNotFound() throws Exception {
        long lead = organisation("Hollins Cross Primary School");
        Cookie head = SignedIn.schoolStaff(mvc, jdbc, head("Hollins Cross Primary School"));
        mvc.perform(post("/recognition/quality-mark/propose")
                        .cookie(head)
                        .with(csrf())
                        .param("lead", String.valueOf(lead))
                        .param("partner", String.valueOf(organisation("Fennick Primary School")))
                        .param("partner", String.valueOf(organisation("Wystan Primary School"))))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        org.hamcrest.Matchers.containsString(
                                                "Wystan Primary School is in Kingsford, not in Northbrook with Hollins Cross Primary School")));
        assertThat(applications.ofOrganisations(List.of(lead))).isEmpty();

        String address = mvc.perform(post("/recognition/quality-mark/propose")
                        .cookie(head)
                        .with(csrf())
                        .param("lead", String.valueOf(lead))
                        .param("partner", String.valueOf(organisation("Fennick Primary School")))
                        .param("partner", String.valueOf(organisation("Otterden Primary School"))))
                .andExpect(redirectedUrlPattern("/recognition/applications/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(address + "/self-evaluation").cookie(head))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-autosave")));
        mvc.perform(post(address + "/answers")
                        .cookie(head)
                        .with(csrf())
                        .header("Accept", "application/json")
                        .param("standard", "1.1")
                        .param("fromRevision", "0")
                        .param("rating", "developing")
                        .param("narrative", "Our shared vision names inclusion"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"saved\"")));
        Cookie officer = SignedIn.authorityStaff(mvc, "amira.haddad@elmshire.example");
        mvc.perform(get("/recognition").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Group led by Hollins Cross")));
        mvc.perform(get("/recognition/schemes").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3 years")));
        mvc.perform(get(address).cookie(officer)).andExpect(status().isOk());

        Cookie invited = SignedIn.schoolStaff(mvc, jdbc, head("Fennick Primary School"));
        mvc.perform(get(address).cookie(invited))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Join the group")));
        Cookie other = SignedIn.schoolStaff(mvc, jdbc, head("Wystan Primary School"));
        mvc.perform(get(address).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get(address + "/self-evaluation").cookie(other)).andExpect(status().isNotFound());
    }

    @Test
    void theRegisterListsAnAwardedChildminderOnlyWithTheirConsent() throws Exception {
        List<Long> childminders = jdbc.sql(
                        "select id from organisations where kind = 'CHILDMINDER' and status <> 'CLOSED' order by id limit 2")
                .query(Long.class)
                .list();
        OrganisationProfile agreed =
                organisations.organisation(childminders.get(0)).orElseThrow();
        OrganisationProfile notAgreed =
                organisations.organisation(childminders.get(1)).orElseThrow();
        award(agreed, true);
        award(notAgreed, false);

        String register = mvc.perform(get("/recognition/register").param("type", "CHILDMINDER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(register).contains(agreed.name()).doesNotContain(notAgreed.name());
        String csv = mvc.perform(get("/recognition/register.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains(agreed.name()).doesNotContain(notAgreed.name());
    }

    @Test
    void anApplicationIsAskedOfItsSettingUntilItIsSubmittedWhichTicksOffABulletinsCallToAction() {
        List<Long> applied = jdbc.sql("select distinct organisation_id from recognition_members")
                .query(Long.class)
                .list();
        AudienceMember childminder =
                directory.members(Audience.of(OrganisationRole.CHILDMINDER), LocalDate.now()).stream()
                        .filter(m -> !applied.contains(m.organisationId()))
                        .findFirst()
                        .orElseThrow();
        OrganisationProfile setting =
                organisations.organisation(childminder.organisationId()).orElseThrow();
        Actor them = new Actor(childminder.email(), childminder.name());
        long id = applications.applyAlone(schemes.find("kitemark").orElseThrow(), setting, true, them);

        assertThat(actions.actionsDue(childminder.email()))
                .filteredOn(a -> a.link().equals("/recognition/applications/" + id))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(ActionDue.Status.OPEN);
                    assertThat(a.manageLink()).isEqualTo("/recognition");
                });

        Applications.Application a = applications.find(id).orElseThrow();
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        for (Framework.Standard s : framework.standards()) {
            responses.save(a.responseId(), new Answer.Edit(s.number(), 0, "embedded", "We do this", Map.of()), them);
        }
        assertThat(applications.submit(id, them)).isEmpty();
        assertThat(actions.actionsDue(childminder.email()))
                .filteredOn(d -> d.link().equals("/recognition/applications/" + id))
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(ActionDue.Status.DONE));
    }

    private void award(OrganisationProfile childminder, boolean consent) {
        Actor them = new Actor("childminder@childminders.example", childminder.name());
        long id = applications.applyAlone(schemes.find("kitemark").orElseThrow(), childminder, consent, them);
        Applications.Application a = applications.find(id).orElseThrow();
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        for (Framework.Standard s : framework.standards()) {
            responses.save(a.responseId(), new Answer.Edit(s.number(), 0, "embedded", "We do this", Map.of()), them);
        }
        assertThat(applications.submit(id, them)).isEmpty();
        applications.decide(
                id,
                Applications.State.AWARDED,
                LocalDate.now().minusDays(1),
                "Inclusion panel",
                "",
                new Actor("amira.haddad@elmshire.example", "Amira Haddad"));
        assertThat(applications.awards(id)).singleElement().satisfies(w -> {
            assertThat(w.listed()).isEqualTo(consent);
            assertThat(w.expiresOn()).isEqualTo(w.startsOn().plusYears(3));
        });
    }

    private long organisation(String name) {
        return jdbc.sql("select id from organisations where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private String head(String school) {
        return jdbc.sql("""
                        select p.email from people p join appointments a on a.person_id = p.id
                          join organisations o on o.id = a.organisation_id
                         where o.name = :name and a.role = 'HEADTEACHER' and a.ends_on is null limit 1
                        """).param("name", school).query(String.class).single();
    }
}
