package uk.headsup.bulletins.internal.articles.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventCard;
import uk.headsup.platform.DateInput;

class ArticleFormValidatorTest {

    private static final Author AUTHOR = new Author("tom.whitaker@elmshire.example", "Tom Whitaker", true, false);

    private final ArticleFormValidator validator =
            new ArticleFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    private final ArticleFormValidator.Known known =
            new ArticleFormValidator.Known("Kingsford"::equals, Set.of(3L), id -> Optional.empty());

    /** Issue 20, item 7: a bare carriage return injected properties into calendar programs that end lines on it. */
    @Test
    void anArticleWithControlCharactersInItsTitleOrCallToActionIsRefused() {
        Errors errors = errors(form("Conference\rX-INJECTED:1", "A summary", "Body", "Register\rnow", "", ""));
        assertThat(errors.getFieldError("title").getDefaultMessage())
                .isEqualTo("The title must not contain control characters, such as line breaks");
        assertThat(errors.hasFieldErrors("ctaText") || errors.hasFieldErrors("ctaUrl"))
                .isTrue();
    }

    @Test
    void eachFieldGetsOneProblemInTheOrderOfThePage() {
        ArticleForm form = new ArticleForm(
                "  ",
                "x".repeat(301),
                "",
                "seven",
                List.of(),
                List.of(),
                "Kingsford, Nowhere",
                List.of("3", "4"),
                "",
                false,
                false,
                false,
                "Register",
                "ftp://example.org",
                new DateInput(),
                0);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors, 0, Article.Status.DRAFT, AUTHOR, known))
                .isNull();
        assertThat(errors.getFieldErrors().stream().map(FieldError::getDefaultMessage))
                .containsExactly(
                        "Enter a title",
                        "The summary must be 300 characters or fewer",
                        "Enter the article",
                        "Select a contact from the list",
                        "No school or setting in the directory is in Nowhere: check the spelling of the district",
                        "Select clusters from the list: one of them is no longer in the directory",
                        "Enter a web address starting https://, an email address starting mailto:, or a page of this site starting /");
    }

    @Test
    void aCallToActionNeedsWhatToDoAndWhereAndARealDeadline() {
        DateInput deadline = new DateInput();
        deadline.setDay("31");
        deadline.setMonth("2");
        deadline.setYear("2027");
        ArticleForm form = new ArticleForm(
                "Title", "Summary", "Body", "", null, null, null, null, null, false, false, false, "", "", deadline, 0);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        validator.check(form, errors, 0, Article.Status.DRAFT, AUTHOR, known);
        assertThat(errors.getFieldErrors().stream().map(FieldError::getField))
                .containsExactly("ctaText", "ctaUrl", "ctaDeadline");
        assertThat(errors.getFieldError("ctaDeadline").getDefaultMessage())
                .isEqualTo("The deadline must be a real date");
    }

    @Test
    void anEventToBookBecomesTheCallToActionWithItsBookingDeadline() {
        EventCard event = new EventCard(
                42,
                "Leaders' day",
                "Conference",
                "1 March 2027",
                "County Hall",
                10,
                0,
                "Free",
                ZonedDateTime.of(2027, 3, 1, 17, 0, 0, 0, ZoneId.of("Europe/London")),
                "1 March 2027, 5pm",
                "/events/42",
                "/events/42/book",
                true,
                true);
        var withEvent = new ArticleFormValidator.Known(
                d -> true, Set.of(), id -> id == 42 ? Optional.of(event) : Optional.empty());
        ArticleForm form = new ArticleForm(
                " Leaders' day ",
                "A day for leaders.",
                "Body\r\nmore",
                "12",
                List.of("HEADTEACHER"),
                null,
                null,
                null,
                "42",
                true,
                false,
                false,
                null,
                null,
                null,
                5);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        Article article = validator.check(form, errors, 9, Article.Status.DRAFT, AUTHOR, withEvent);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(article.title()).isEqualTo("Leaders' day");
        assertThat(article.body()).isEqualTo("Body\nmore");
        assertThat(article.contactPostId()).isEqualTo(12L);
        assertThat(article.audience().roles()).containsExactly(OrganisationRole.HEADTEACHER);
        assertThat(article.ctaText()).isEqualTo("Book a place");
        assertThat(article.ctaUrl()).isEqualTo("/events/42/book");
        assertThat(article.ctaDeadline()).hasToString("2027-03-01");
        assertThat(article.version()).isEqualTo(5);

        Errors unknown = new BeanPropertyBindingResult(form, "form");
        validator.check(form, unknown, 9, Article.Status.DRAFT, AUTHOR, known);
        assertThat(unknown.getFieldError("eventId").getDefaultMessage()).isEqualTo("Select an event from the list");
    }

    @Test
    void aRoleOrPhaseNotOnTheListIsAProblemNotLeftOut() {
        ArticleForm form = new ArticleForm(
                "Leaders' day",
                "A day for leaders.",
                "Body",
                "",
                List.of("HEADTEACHER", "NOT_A_ROLE"),
                List.of("NOT_A_PHASE"),
                null,
                null,
                "",
                false,
                false,
                false,
                null,
                null,
                null,
                0);
        assertThat(errors(form).getFieldErrors().stream().map(e -> e.getField() + ": " + e.getDefaultMessage()))
                .containsExactly("roles: Select roles from the list", "phases: Select phases from the list");
    }

    private Errors errors(ArticleForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "form");
        validator.check(form, errors, 0, Article.Status.DRAFT, AUTHOR, known);
        return errors;
    }

    private static ArticleForm form(
            String title, String summary, String body, String ctaText, String ctaUrl, String eventId) {
        return new ArticleForm(
                title, summary, body, "", null, null, null, null, eventId, false, false, false, ctaText, ctaUrl, null,
                0);
    }
}
