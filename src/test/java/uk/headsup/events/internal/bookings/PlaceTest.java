package uk.headsup.events.internal.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(2));

    @Test
    void anOfferAcceptedWhileItLastsConfirmsThePlace() {
        Place confirmed = aPlace(PlaceStatus.OFFERED, NOW.plusSeconds(60)).acceptOffer(NOW);
        assertThat(confirmed.status()).isEqualTo(PlaceStatus.CONFIRMED);
        assertThat(confirmed.confirmedAt()).isEqualTo(NOW);
        assertThat(confirmed.offerExpiresAt()).isNull();
        assertThat(confirmed.charged()).isTrue();
    }

    @Test
    void anOfferThatHasEndedCannotBeAccepted() {
        assertThatThrownBy(() -> aPlace(PlaceStatus.OFFERED, NOW).acceptOffer(NOW))
                .isInstanceOf(BookingRefused.class)
                .hasMessageStartingWith("This offer has ended");
        assertThatThrownBy(() -> aPlace(PlaceStatus.OFFER_EXPIRED, null).acceptOffer(NOW))
                .isInstanceOf(BookingRefused.class);
        assertThatThrownBy(() -> aPlace(PlaceStatus.WAITING, null).acceptOffer(NOW))
                .isInstanceOf(BookingRefused.class);
    }

    @Test
    void onlyAnOfferIsDeclined() {
        Place declined = aPlace(PlaceStatus.OFFERED, NOW.plusSeconds(60)).declineOffer(NOW);
        assertThat(declined.status()).isEqualTo(PlaceStatus.DECLINED);
        assertThat(declined.cancelledAt()).isEqualTo(NOW);
        assertThat(declined.offerExpiresAt()).isNull();
        assertThat(declined.lateCancellation()).isFalse();
        assertThatThrownBy(() -> aPlace(PlaceStatus.CONFIRMED, null).declineOffer(NOW))
                .isInstanceOf(BookingRefused.class)
                .hasMessage("This offer has ended");
    }

    @Test
    void aConfirmedPlaceCancelledFromTheDeadlineIsLateAndCharged() {
        Place early = aPlace(PlaceStatus.CONFIRMED, null).cancel(DEADLINE, DEADLINE.minusSeconds(1));
        assertThat(early.status()).isEqualTo(PlaceStatus.CANCELLED);
        assertThat(early.lateCancellation()).isFalse();
        assertThat(early.charged()).isFalse();
        Place late = aPlace(PlaceStatus.CONFIRMED, null).cancel(DEADLINE, DEADLINE);
        assertThat(late.lateCancellation()).isTrue();
        assertThat(late.charged()).isTrue();
        assertThat(late.cancelledAt()).isEqualTo(DEADLINE);
    }

    @Test
    void aWaitingPlaceOrAnOfferIsNeverLate() {
        assertThat(aPlace(PlaceStatus.WAITING, null).cancel(DEADLINE, DEADLINE).lateCancellation())
                .isFalse();
        Place offer = aPlace(PlaceStatus.OFFERED, DEADLINE.plusSeconds(60)).cancel(DEADLINE, DEADLINE);
        assertThat(offer.lateCancellation()).isFalse();
        assertThat(offer.offerExpiresAt()).isNull();
    }

    @Test
    void aPlaceNoLongerLiveCannotBeCancelled() {
        assertThatThrownBy(() -> aPlace(PlaceStatus.CANCELLED, null).cancel(DEADLINE, NOW))
                .isInstanceOf(BookingRefused.class)
                .hasMessage("This place is already cancelled");
        assertThatThrownBy(() -> aPlace(PlaceStatus.DECLINED, null).cancel(DEADLINE, NOW))
                .hasMessage("This place is already offer declined");
    }

    private static Place aPlace(PlaceStatus status, Instant offerExpiresAt) {
        return new Place(
                11,
                5,
                3,
                21L,
                "Sam Patel",
                "sam.patel@school.example",
                40L,
                "Elm Primary",
                "",
                "",
                status,
                1,
                offerExpiresAt,
                "uid@headsup",
                0,
                status == PlaceStatus.CONFIRMED ? NOW.minusSeconds(3600) : null,
                null,
                false,
                null,
                null,
                null,
                null,
                "head@school.example",
                "Head Teacher",
                "",
                false,
                null);
    }
}
