package uk.headsup.events.internal.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlaceStatusTest {

    @Test
    void theLiveListWrittenOutForThePartialIndexIsTheLiveStates() {
        String live = PlaceStatus.namesWhere(PlaceStatus::live).stream()
                .map(name -> "'" + name + "'")
                .collect(Collectors.joining(", ", "(", ")"));
        assertThat(PlaceStatus.LIVE_IN_SQL).isEqualTo(live);
    }

    @Test
    void offersDueAreTheOfferedPlacesTheirPartialIndexCovers() {
        assertThat(WaitingList.EVENTS_WITH_OFFERS_DUE).contains("status = '" + PlaceStatus.OFFERED.name() + "'");
        assertThat(PlaceStatus.namesWhere(PlaceStatus::canLapse)).containsExactly(PlaceStatus.OFFERED.name());
    }
}
