package uk.headsup.bulletins.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.headsup.bulletins.internal.editions.Edition;

class PublishedArchiveTest {

    @Test
    void theArchiveShowsTheEditionsInThePublishedState() {
        assertThat(PublishedArchive.PUBLISHED).isEqualTo(Edition.Status.PUBLISHED.name());
    }
}
