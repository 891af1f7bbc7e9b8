package uk.headsup.mailing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.mailing.MailshotRecipient;

class PostsJsonTest {

    @Test
    void postsGoToJsonAndBackInOrderWhateverTheirNamesHold() {
        List<MailshotRecipient.Post> posts = List.of(
                new MailshotRecipient.Post(
                        OrganisationRole.SENCO, 42, "St Mary’s\tCofE \"Primary\"\nSchool", Phase.PRIMARY),
                new MailshotRecipient.Post(OrganisationRole.HEADTEACHER, 7, "Elmshire Trust", null));
        String json = PostsJson.write(posts);
        assertThat(json)
                .startsWith("[{")
                .contains("\"organisationId\":42")
                .contains("\"role\":\"SENCO\"")
                .contains("\"phase\":null");
        assertThat(PostsJson.read(json)).isEqualTo(posts);
    }

    @Test
    void noPostsIsAnEmptyArrayAndNothingStoredIsNoPosts() {
        assertThat(PostsJson.write(List.of())).isEqualTo("[]");
        assertThat(PostsJson.read("[]")).isEmpty();
        assertThat(PostsJson.read(null)).isEmpty();
    }

    /** What V4_17_1 writes from the old lines: the same fields, so rows converted and new rows read alike. */
    @Test
    void readsTheShapeTheMigrationWrites() {
        assertThat(PostsJson.read("[{\"role\": \"SENCO\", \"phase\": \"SECONDARY\", \"organisationId\": 3,"
                        + " \"organisationName\": \"Kingsford Academy, Sixth Form\"}]"))
                .containsExactly(new MailshotRecipient.Post(
                        OrganisationRole.SENCO, 3, "Kingsford Academy, Sixth Form", Phase.SECONDARY));
    }
}
