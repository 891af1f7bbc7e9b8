package uk.headsup.recognition.internal.awards;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.Organisations;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.applications.Applications;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.Applications.Refused;
import uk.headsup.recognition.internal.applications.Eligibility;

/**
 * Renewing an award: a new application of the same organisations (a setting alone, or the group with its lead),
 * checked like any application (eligibility, one live application per scheme), whose self-evaluation starts from
 * the answers of the application that won the award, for the standards the current toolkit still has.
 */
@Service
@Transactional
public class Renewals {

    private final Awards awards;
    private final Applications applications;
    private final RecognitionSchemes schemes;
    private final Organisations organisations;
    private final Eligibility eligibility;
    private final Frameworks frameworks;
    private final Responses responses;
    private final JdbcClient jdbc;

    Renewals(
            Awards awards,
            Applications applications,
            RecognitionSchemes schemes,
            Organisations organisations,
            Eligibility eligibility,
            Frameworks frameworks,
            Responses responses,
            JdbcClient jdbc) {
        this.awards = awards;
        this.applications = applications;
        this.schemes = schemes;
        this.organisations = organisations;
        this.eligibility = eligibility;
        this.frameworks = frameworks;
        this.responses = responses;
        this.jdbc = jdbc;
    }

    /** Starts the renewal and returns the new application's id; refused with the reasons in plain words. */
    public long renew(long awardId, Actor by) {
        Award award = awards.find(awardId).orElseThrow();
        if (award.withdrawnOn() != null) {
            throw new Refused(List.of("A withdrawn award cannot be renewed: apply again"));
        }
        Scheme scheme = schemes.find(award.schemeKey()).orElseThrow();
        Application won = applications.find(award.applicationId()).orElseThrow();
        long id;
        if (applications.isGroup(won)) {
            Set<Long> members = applications.members(won.id()).stream()
                    .filter(Applications.Member::joined)
                    .map(Applications.Member::organisationId)
                    .collect(Collectors.toSet());
            OrganisationProfile lead =
                    organisations.organisation(won.leadOrganisationId()).orElseThrow();
            id = applications.proposeGroup(scheme, lead, organisations.organisations(members), by);
        } else if (won.forDepartment()) {
            OrganisationProfile school =
                    organisations.organisation(won.leadOrganisationId()).orElseThrow();
            id = applications.applyForDepartment(scheme, school, won.department(), by);
        } else {
            OrganisationProfile setting =
                    organisations.organisation(award.organisationId()).orElseThrow();
            List<String> problems = eligibility.problems(scheme, setting);
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
            id = applications.applyAlone(scheme, setting, award.listed(), by);
        }
        jdbc.sql("update recognition_applications set renews_award_id = :award where id = :id")
                .param("award", awardId)
                .param("id", id)
                .update();
        Application renewal = applications.find(id).orElseThrow();
        copyAnswers(won, renewal, by);
        awards.record(awardId, "Renewal started", renewal.title(), by.name());
        return id;
    }

    private void copyAnswers(Application from, Application to, Actor by) {
        Framework framework = frameworks.version(to.versionId()).orElseThrow().framework();
        Set<String> standards =
                framework.standards().stream().map(Framework.Standard::number).collect(Collectors.toSet());
        Map<String, Answer> last = responses.answers(from.responseId());
        for (Answer answer : last.values()) {
            if (standards.contains(answer.standard())) {
                responses.save(
                        to.responseId(),
                        new Answer.Edit(answer.standard(), 0, answer.rating(), answer.narrative(), answer.numbers()),
                        by);
            }
        }
    }
}
