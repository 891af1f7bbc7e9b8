package uk.headsup.recognition.internal.awards;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.Organisations;
import uk.headsup.recognition.EarlierAwards;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.applications.Applications.State;

@Service
@Transactional
class JdbcEarlierAwards implements EarlierAwards {

    private final JdbcClient jdbc;
    private final RecognitionSchemes schemes;
    private final Organisations organisations;
    private final Frameworks frameworks;
    private final Awards awards;

    JdbcEarlierAwards(
            JdbcClient jdbc,
            RecognitionSchemes schemes,
            Organisations organisations,
            Frameworks frameworks,
            Awards awards) {
        this.awards = awards;
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.organisations = organisations;
        this.frameworks = frameworks;
    }

    @Override
    public long record(
            String schemeKey, List<Long> organisationIds, LocalDate awardedOn, boolean listed, String decidedBy) {
        Scheme scheme = schemes.find(schemeKey).orElseThrow();
        FrameworkVersion version = scheme.startingVersion(frameworks.versions(scheme.frameworkKey()))
                .orElseThrow();
        List<OrganisationProfile> members = organisationIds.stream()
                .map(id -> organisations.organisation(id).orElseThrow())
                .toList();
        OrganisationProfile lead = members.get(0);
        String title = members.size() == 1 ? lead.name() : "Group led by " + lead.name();
        long id = jdbc.sql("""
                        insert into recognition_applications (scheme_key, title, lead_organisation_id, state, version_id,
                            listing_consent, created_by, created_at, submitted_at)
                        values (:scheme, :title, :lead, :awarded, :version, :listed, :by,
                            cast(:on as date) - 90, cast(:on as date) - 30)
                        returning id
                        """)
                .param("awarded", State.AWARDED.name())
                .param("scheme", schemeKey)
                .param("title", title)
                .param("lead", lead.id())
                .param("version", version.id())
                .param("listed", listed)
                .param("by", decidedBy)
                .param("on", awardedOn)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into recognition_decisions (application_id, outcome, decided_on, decided_by, recorded_by)
                        values (:id, :awarded, :on, :by, :by)
                        """)
                .param("awarded", State.AWARDED.name())
                .param("id", id)
                .param("on", awardedOn)
                .param("by", decidedBy)
                .update();
        for (OrganisationProfile m : members) {
            jdbc.sql("""
                            insert into recognition_members (application_id, organisation_id, name, organisation_kind,
                                district, status)
                            values (:id, :org, :name, :kind, :district, :status)
                            """)
                    .param("id", id)
                    .param("org", m.id())
                    .param("name", m.name())
                    .param("kind", m.kind().name())
                    .param("district", m.district())
                    .param("status", m.id() == lead.id() ? "LEAD" : "ACCEPTED")
                    .update();
            awards.make(
                    id,
                    schemeKey,
                    m.id(),
                    m.name(),
                    m.kind(),
                    m.district(),
                    awardedOn,
                    awardedOn.plusYears(scheme.awardYears()),
                    m.kind() != OrganisationKind.CHILDMINDER || listed);
        }
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean any() {
        return awards.any();
    }

    @Override
    public void putUnderReview(long organisationId, LocalDate since, String reason) {
        awards.heldUnderGradeRule(organisationId, since).forEach(a -> awards.putUnderReview(a.id(), since, reason));
    }
}
