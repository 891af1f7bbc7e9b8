package uk.headsup.directory.internal.gias;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.internal.OrganisationStatus;

class GiasStatusesTest {

    @Test
    void everyStatusAGiasImportStoresIsAnOrganisationStatusAndOnlyClosedIsClosed() {
        assertThat(GiasRowMapper.STATUSES.values())
                .containsOnly(Arrays.stream(OrganisationStatus.values())
                        .map(OrganisationStatus::name)
                        .toArray(String[]::new));
        assertThat(Arrays.stream(OrganisationStatus.values()).filter(OrganisationStatus::isClosed))
                .containsExactly(OrganisationStatus.CLOSED);
        assertThat(OrganisationStatus.OPEN.colour()).isNull();
    }
}
