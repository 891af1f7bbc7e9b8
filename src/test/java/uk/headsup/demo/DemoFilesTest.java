package uk.headsup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.accounts.SignInHint;

/** The sign-in page offers school and setting staff that the demo county's people file really brings. */
class DemoFilesTest {

    @Test
    void everyStaffMemberOfferedOnTheSignInPageIsInThePeopleFileInThatRole() {
        List<String> people = new String(DemoCounty.file(ElmshireData.PEOPLE), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(ElmshireData.STAFF_HINTS).hasSize(5).allSatisfy((SignInHint hint) -> {
            String[] who = hint.who().split(", ");
            assertThat(people)
                    .as(hint.email())
                    .anyMatch(line ->
                            line.startsWith(hint.email() + "," + who[0] + ",") && line.contains("," + who[1] + ","));
        });
    }
}
