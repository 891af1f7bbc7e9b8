package uk.headsup.bulletins.internal.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-08T07:00:00Z");

    @Test
    void aDraftGoesForApprovalThenIsApprovedForItsTimeThenPublished() {
        Edition sent = anEdition(Edition.Status.DRAFT).sendForApproval();
        assertThat(sent.status()).isEqualTo(Edition.Status.IN_REVIEW);
        assertThat(sent.editable()).isFalse();
        assertThat(sent.version()).isEqualTo(4);

        Edition approved = sent.approve("Tom Whitaker", NOW, LATER);
        assertThat(approved.status()).isEqualTo(Edition.Status.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("Tom Whitaker");
        assertThat(approved.approvedAt()).isEqualTo(NOW);
        assertThat(approved.scheduledFor()).isEqualTo(LATER);
        assertThat(approved.publishedAt()).isNull();

        Edition published = approved.publish(LATER);
        assertThat(published.status()).isEqualTo(Edition.Status.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(LATER);
        assertThat(published.version()).isEqualTo(6);
    }

    @Test
    void onlyADraftGoesForApproval() {
        assertThatThrownBy(() -> anEdition(Edition.Status.IN_REVIEW).sendForApproval())
                .isInstanceOf(Edition.Refused.class)
                .hasMessage("This edition is already waiting for approval");
        assertThatThrownBy(() -> anEdition(Edition.Status.PUBLISHED).sendForApproval())
                .hasMessage("This edition is already published");
    }

    @Test
    void onlyAnEditionWaitingForApprovalIsApproved() {
        assertThatThrownBy(() -> anEdition(Edition.Status.DRAFT).approve("Tom", NOW, NOW))
                .isInstanceOf(Edition.Refused.class)
                .hasMessage("Only an edition waiting for approval can be approved");
        assertThatThrownBy(() -> anEdition(Edition.Status.APPROVED).approve("Tom", NOW, NOW))
                .hasMessage("Only an edition waiting for approval can be approved");
        assertThatThrownBy(() -> anEdition(Edition.Status.PUBLISHED).approve("Tom", NOW, NOW))
                .hasMessage("This edition has already been published");
    }

    @Test
    void anEditionWaitingOrApprovedGoesBackToTheEditorsWithComments() {
        for (Edition.Status status : List.of(Edition.Status.IN_REVIEW, Edition.Status.APPROVED)) {
            Edition returned = anEdition(status).returnToEditors("Priya Shah", "Shorten the foreword", NOW);
            assertThat(returned.status()).isEqualTo(Edition.Status.DRAFT);
            assertThat(returned.editable()).isTrue();
            assertThat(returned.reviewComments()).isEqualTo("Shorten the foreword");
            assertThat(returned.returnedBy()).isEqualTo("Priya Shah");
            assertThat(returned.returnedAt()).isEqualTo(NOW);
        }
        for (Edition.Status status : List.of(Edition.Status.DRAFT, Edition.Status.PUBLISHED)) {
            assertThatThrownBy(() -> anEdition(status).returnToEditors("Priya Shah", "No", NOW))
                    .isInstanceOf(Edition.Refused.class)
                    .hasMessage("Only an edition waiting for approval or approved can be returned");
        }
    }

    @Test
    void onlyAnApprovedEditionIsPublished() {
        assertThatThrownBy(() -> anEdition(Edition.Status.IN_REVIEW).publish(NOW))
                .isInstanceOf(Edition.Refused.class);
        assertThatThrownBy(() -> anEdition(Edition.Status.PUBLISHED).publish(NOW))
                .isInstanceOf(Edition.Refused.class);
    }

    private static Edition anEdition(Edition.Status status) {
        return new Edition(
                7,
                1,
                "heads-up",
                "Heads Up",
                142,
                LocalDate.of(2026, 12, 7),
                status,
                "Welcome",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                status == Edition.Status.PUBLISHED ? NOW : null,
                3,
                List.of());
    }
}
