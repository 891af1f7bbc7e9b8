package uk.headsup.wellbeing.internal.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.wellbeing.OfferAccess;
import uk.headsup.wellbeing.OfferKind;

class OfferTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static Offer anOffer(Set<OrganisationRole> roles, Set<Phase> phases, Integer years, LocalDate until) {
        return new Offer(
                1,
                "Coaching",
                "Network",
                OfferKind.COACHING,
                "Sessions",
                roles,
                phases,
                years,
                "Free",
                null,
                OfferAccess.BROKERED,
                null,
                null,
                until);
    }

    static Leader aHead(Phase phase, LocalDate since) {
        return new Leader(Set.of(OrganisationRole.HEADTEACHER), Set.of(phase), Optional.ofNullable(since));
    }

    @Test
    void anOfferLeavesThePageTheDayAfterItsAvailableUntilDate() {
        Offer offer = anOffer(Set.of(), Set.of(), null, TODAY);
        assertThat(offer.availableOn(TODAY)).isTrue();
        assertThat(offer.availableOn(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void anOfferForTheFirstFiveYearsOfHeadshipFitsOnlyHeadsInThem() {
        Offer offer = anOffer(Set.of(OrganisationRole.HEADTEACHER), Set.of(), 5, TODAY.plusMonths(6));
        assertThat(offer.fits(aHead(Phase.PRIMARY, TODAY.minusYears(2)), TODAY)).isTrue();
        assertThat(offer.fits(aHead(Phase.PRIMARY, TODAY.minusYears(5)), TODAY)).isFalse();
        assertThat(offer.fits(aHead(Phase.PRIMARY, TODAY.minusYears(5).plusDays(1)), TODAY))
                .isTrue();
        Leader deputy =
                new Leader(Set.of(OrganisationRole.DEPUTY_HEADTEACHER), Set.of(Phase.PRIMARY), Optional.empty());
        assertThat(offer.fits(deputy, TODAY)).isFalse();
        assertThat(offer.whoFor()).isEqualTo("Headteacher; in the first 5 years of headship");
    }

    @Test
    void rolesAndPhasesNarrowWhoAnOfferIsFor() {
        Offer primaryHeads =
                anOffer(Set.of(OrganisationRole.HEADTEACHER), Set.of(Phase.PRIMARY), null, TODAY.plusDays(1));
        assertThat(primaryHeads.fits(aHead(Phase.PRIMARY, null), TODAY)).isTrue();
        assertThat(primaryHeads.fits(aHead(Phase.SECONDARY, null), TODAY)).isFalse();
        Leader senco = new Leader(Set.of(OrganisationRole.SENCO), Set.of(Phase.PRIMARY), Optional.empty());
        assertThat(primaryHeads.fits(senco, TODAY)).isFalse();
        assertThat(anOffer(Set.of(), Set.of(), null, TODAY).fits(senco, TODAY)).isTrue();
    }
}
