package uk.headsup.safeguarding.internal.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.assessment.Response;
import uk.headsup.directory.OrganisationFacts;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;

class ReturnStateTest {

    @Test
    void aSubmittedReturnReachesTheAuthorityOnlyOnceSignedOff() {
        assertThat(ReturnState.of(null, false)).isEqualTo(ReturnState.NOT_STARTED);
        assertThat(ReturnState.of(Response.State.SUBMITTED, false)).isEqualTo(ReturnState.AWAITING_SIGN_OFF);
        assertThat(ReturnState.of(Response.State.SUBMITTED, true)).isEqualTo(ReturnState.SUBMITTED);
        assertThat(ReturnState.AWAITING_SIGN_OFF.outstanding()).isTrue();
        assertThat(ReturnState.RETURNED.outstanding()).isTrue();
        assertThat(ReturnState.SUBMITTED.outstanding()).isFalse();
    }

    @Test
    void anAcademyAndAPupilReferralUnitAreToldApartByTheirGiasType() {
        assertThat(RoundDesk.typeOf(school("Academy converter"))).isEqualTo(OrganisationType.ACADEMY);
        assertThat(RoundDesk.typeOf(school("Pupil referral unit"))).isEqualTo(OrganisationType.PUPIL_REFERRAL_UNIT);
        assertThat(RoundDesk.typeOf(school("Community school"))).isEqualTo(OrganisationType.MAINTAINED_SCHOOL);
        assertThat(RoundDesk.typeOf(school("Other independent school"))).isEqualTo(OrganisationType.INDEPENDENT_SCHOOL);
    }

    private static OrganisationFacts school(String type) {
        return new OrganisationFacts(1, "A school", OrganisationKind.SCHOOL, Phase.PRIMARY, type, "North", null, null);
    }
}
