package uk.headsup.bulletins.internal.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.platform.ActionDue;
import uk.headsup.platform.ActionDue.Status;

/** Issue 18 item 8: a call to action Heads Up can see done elsewhere (an audit return submitted) is ticked off. */
class AttentionDoneElsewhereTest {

    static Attention.Item item(long id, String url) {
        return new Attention.Item(
                id,
                "Section 175/157 safeguarding audit opens",
                "/bulletins/heads-up/3/audit",
                "Complete the safeguarding audit",
                url,
                LocalDate.of(2027, 1, 15),
                "Heads Up 3",
                Status.OPEN,
                false);
    }

    static ActionDue due(String link, String manageLink, Status status) {
        return new ActionDue(
                "Complete Elm Primary's return", LocalDate.of(2027, 1, 15), link, "Audit 2026", manageLink, status);
    }

    @Test
    void aCallToActionIsDoneOnceEveryActionTheOwningModuleListsThereIsDone() {
        var audit = item(1, "/safeguarding/my");
        var other = item(2, "/somewhere/else");
        var mail = item(3, "mailto:training@elmshire.example");

        List<Attention.Item> submitted = Attention.doneElsewhere(
                List.of(audit, other, mail), List.of(due("/safeguarding/returns/7", "/safeguarding/my", Status.DONE)));
        assertThat(submitted.get(0).status()).isEqualTo(Status.DONE);
        assertThat(submitted.get(0).seenDone()).isTrue();
        assertThat(submitted.get(0).tag()).isEqualTo("Done");
        assertThat(submitted.get(1)).isEqualTo(other);
        assertThat(submitted.get(2)).isEqualTo(mail);

        List<Attention.Item> oneOfTwoSubmitted = Attention.doneElsewhere(
                List.of(audit),
                List.of(
                        due("/safeguarding/returns/7", "/safeguarding/my", Status.DONE),
                        due("/safeguarding/returns/8", "/safeguarding/my", Status.OPEN)));
        assertThat(oneOfTwoSubmitted.get(0).status()).isEqualTo(Status.OPEN);

        assertThat(Attention.doneElsewhere(List.of(audit), List.of()).get(0).status())
                .as("nothing listed there: the reader decides")
                .isEqualTo(Status.OPEN);
        assertThat(Attention.doneElsewhere(
                                List.of(item(4, "/safeguarding/returns/7")),
                                List.of(due("/safeguarding/returns/7", "/safeguarding/my", Status.DONE)))
                        .get(0)
                        .seenDone())
                .as("a call to action to the return itself")
                .isTrue();
    }

    @Test
    void aPlaceHeldSaysBookedAndWhatTheReaderClosedSaysWhatTheyChose() {
        assertThat(item(5, "/events/12/book").doneAsSeen().tag()).isEqualTo("Booked");
        var dismissed =
                new Attention.Item(6, "t", "/p", "x", "/x", LocalDate.of(2027, 1, 1), "e", Status.DISMISSED, false);
        assertThat(dismissed.tag()).isEqualTo("Dismissed");
    }
}
