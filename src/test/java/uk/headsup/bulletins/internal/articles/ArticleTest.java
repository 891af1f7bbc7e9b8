package uk.headsup.bulletins.internal.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.headsup.bulletins.ArticleAudience;

class ArticleTest {

    @Test
    void aDraftIsSubmittedAsItsNextVersionByItsAuthor() {
        Article submitted = anArticle(Article.Status.DRAFT).submit("sam.jones@elmshire.example");
        assertThat(submitted.status()).isEqualTo(Article.Status.SUBMITTED);
        assertThat(submitted.version()).isEqualTo(4);
        assertThat(submitted.updatedBy()).isEqualTo("sam.jones@elmshire.example");
        assertThat(submitted.title()).isEqualTo("Term dates");
    }

    @Test
    void aSubmittedArticleIsNotSubmittedAgain() {
        assertThatThrownBy(() -> anArticle(Article.Status.SUBMITTED).submit("sam.jones@elmshire.example"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Article 7 is already submitted to the editors");
    }

    private static Article anArticle(Article.Status status) {
        return new Article(
                7,
                "Term dates",
                "Next year's term dates",
                "Body",
                null,
                ArticleAudience.everyone(),
                false,
                false,
                "",
                "",
                null,
                false,
                status,
                "sam.jones@elmshire.example",
                "Sam Jones",
                Instant.parse("2026-12-01T09:00:00Z"),
                "sam.jones@elmshire.example",
                3);
    }
}
