package uk.headsup.bulletins.internal.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    final ContentChecks checks = new ContentChecks(
            path -> path.equals("/bulletins") || path.equals("/contacts"), "https://headsup.elmshire.example");

    List<Finding> body(String markdown) {
        return checks.check(new ContentChecks.Article("Title", "One sentence.", markdown, null, null, false), TODAY);
    }

    List<String> messages(String markdown) {
        return body(markdown).stream()
                .filter(f -> f.severity() != Finding.Severity.INFO)
                .map(Finding::message)
                .toList();
    }

    @Test
    void linkTextThatMeansNothingOutOfContextIsFlaggedWithASuggestionFromTheSentence() {
        List<Finding> findings = body("To book a place on the DSL refresher, [click here](https://example.org/book).");
        assertThat(findings)
                .filteredOn(Finding::warning)
                .extracting(Finding::message)
                .containsExactly(
                        "Link text “click here” means nothing out of context: say where the link goes, for example “Book a place"
                                + " on the DSL refresher”");
        assertThat(messages("[Read more](https://example.org/x) about it.")).hasSize(1);
        assertThat(messages("[here](https://example.org/x)")).hasSize(1);
        assertThat(messages("[Fair Access Protocol panel dates](https://example.org/fap)"))
                .isEmpty();
    }

    @Test
    void bareWebAddressesAreFlagged() {
        assertThat(messages("[https://example.org/fap](https://example.org/fap)"))
                .singleElement()
                .asString()
                .contains("bare web address");
        assertThat(messages("See https://example.org/fap for the dates."))
                .singleElement()
                .asString()
                .contains("bare web address");
    }

    @Test
    void anImageWithoutAltTextBlocksApprovalAndOneWithItDoesNot() {
        assertThat(body("![](https://example.org/pupils.jpg)"))
                .filteredOn(Finding::blocks)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("has no alt text");
        assertThat(body("![Pupils at the book fair](https://example.org/pupils.jpg)"))
                .noneMatch(Finding::blocks);
    }

    @Test
    void headingsMustGoDownOneLevelAtATime() {
        assertThat(messages("# Dates\n\nText.\n\n### Autumn\n\nMore."))
                .singleElement()
                .asString()
                .contains("“Autumn” is at level 3 after a heading at level 1");
        assertThat(messages("## Dates\n\nText.")).singleElement().asString().contains("is the first heading");
        assertThat(messages("# Dates\n\n## Autumn\n\nText.\n\n# Spring\n\nMore."))
                .isEmpty();
    }

    @Test
    void textInCapitalsIsFlaggedButAcronymsAreNot() {
        assertThat(messages("PLEASE READ THIS CAREFULLY before the panel."))
                .singleElement()
                .asString()
                .contains("capitals");
        assertThat(messages("The SENCo and the DSL attend the FAP panel.")).isEmpty();
    }

    @Test
    void sentencesOverTwentyFiveWordsAreFlagged() {
        String longSentence = "This sentence goes on and on with one word after another until it has far more than"
                + " twenty five words in it which makes it hard to read for busy people.";
        assertThat(messages(longSentence)).singleElement().asString().startsWith("A sentence has 31 words");
        assertThat(messages("Short sentences are easy. They are quick to read."))
                .isEmpty();
    }

    @Test
    void theReadingAgeIsEstimated() {
        assertThat(body("The cat sat on the mat. The dog ran in the sun."))
                .filteredOn(f -> f.severity() == Finding.Severity.INFO)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .isEqualTo("Estimated reading age 5");
        assertThat(ContentChecks.readingAge("Notwithstanding institutional considerations, comprehensive safeguarding"
                        + " documentation necessitates organisational accountability."))
                .isGreaterThan(ContentChecks.HIGHEST_READING_AGE);
    }

    @Test
    void linksInsideTheSiteMustLeadToAPage() {
        assertThat(body("[Contacts at the authority](/contacts)")).noneMatch(Finding::blocks);
        assertThat(body("[The old page](/no-such-page)"))
                .filteredOn(Finding::blocks)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("/no-such-page, which is not a page on this site");
        assertThat(body("[The old page](https://headsup.elmshire.example/gone)"))
                .anyMatch(Finding::blocks);
        assertThat(body("[Elsewhere](https://example.org/gone)")).noneMatch(Finding::blocks);
    }

    @Test
    void aDeadlineAlreadyPastBlocksApproval() {
        var past = new ContentChecks.Article("Title", "One.", "Text.", "mailto:a@b.example", TODAY.minusDays(1), true);
        assertThat(checks.check(past, TODAY))
                .filteredOn(Finding::blocks)
                .singleElement()
                .extracting(Finding::field)
                .isEqualTo("ctaDeadline");
        var today = new ContentChecks.Article("Title", "One.", "Text.", "mailto:a@b.example", TODAY, true);
        assertThat(checks.check(today, TODAY)).noneMatch(Finding::blocks);
    }

    @Test
    void aSummaryOfMoreThanOneSentenceIsFlagged() {
        var two = new ContentChecks.Article("Title", "One thing. Another thing.", "Text.", null, null, false);
        assertThat(checks.check(two, TODAY))
                .filteredOn(Finding::warning)
                .singleElement()
                .extracting(Finding::field)
                .isEqualTo("summary");
    }
}
