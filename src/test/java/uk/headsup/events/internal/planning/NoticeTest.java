package uk.headsup.events.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void aVenueIsOneLinePerAddressLineWhateverTheLineEndingsTyped() {
        assertThat(Notice.lines(
                        "Elmbridge Racecourse Conference Centre", "Grandstand Road\r\nElmbridge \r\n\r\nEL1 5RC\r\n"))
                .isEqualTo("Elmbridge Racecourse Conference Centre\nGrandstand Road\nElmbridge\nEL1 5RC");
    }
}
