package uk.headsup.bulletins.internal.editions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditionsTest {

    @Test
    void dueEditionsAreTheApprovedOnesTheirPartialIndexCovers() {
        assertThat(Editions.DUE).contains("status = '" + Edition.Status.APPROVED.name() + "'");
    }

    @Test
    void theEditionsWithThePublisherAreThoseInReviewOrApproved() {
        assertThat(Edition.Status.namesWhere(Edition.Status::withThePublisher))
                .containsExactly("IN_REVIEW", "APPROVED");
    }
}
