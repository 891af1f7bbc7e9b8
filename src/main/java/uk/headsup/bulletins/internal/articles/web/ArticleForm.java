package uk.headsup.bulletins.internal.articles.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Collectors;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.platform.DateInput;
import uk.headsup.platform.Mistyped;

/**
 * An article as typed into its form, its components in the order of the page. The rules of one field are its
 * constraints; {@link ArticleFormValidator} checks them and the rules between fields (the event to book, the call to
 * action, the directory's districts and clusters), and makes the {@link Article}. Title, summary and the call to
 * action are stripped as they are bound; a field missing from the request is blank.
 */
public record ArticleForm(
        @NotBlank(message = "Enter a title")
        @Size(max = LONGEST_TITLE, message = "The title must be " + LONGEST_TITLE + " characters or fewer")
        String title,

        @NotBlank(message = "Enter a one-sentence summary for the email")
        @Size(max = LONGEST_SUMMARY, message = "The summary must be " + LONGEST_SUMMARY + " characters or fewer")
        String summary,

        @NotBlank(message = "Enter the article") String body,

        @Pattern(regexp = "|[-+]?\\d{1,18}", message = "Select a contact from the list")
        String contactPostId,

        List<String> roles,
        List<String> phases,
        String districts,
        List<String> clusters,
        String eventId,

        @Mistyped("Tick the box if the article is essential, or leave it empty")
        Boolean essential,

        @Mistyped("Tick the box if the article promotes paid training or services, or leave it empty")
        Boolean marketing,

        @Mistyped("Tick the box if the article is for the daily briefing, or leave it empty")
        Boolean forDailyBriefing,

        String ctaText,
        String ctaUrl,
        DateInput ctaDeadline,

        @Mistyped("The page was changed before it was sent: open the article again and make your changes")
        Integer version) {

    static final int LONGEST_TITLE = 150;
    static final int LONGEST_SUMMARY = 300;

    public ArticleForm {
        title = strip(title);
        summary = strip(summary);
        body = body == null ? "" : body;
        contactPostId = contactPostId == null ? "" : contactPostId;
        // unticked checkboxes send nothing: none chosen
        roles = roles == null ? List.of() : List.copyOf(roles);
        phases = phases == null ? List.of() : List.copyOf(phases);
        districts = districts == null ? "" : districts;
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        eventId = eventId == null ? "" : eventId;
        // an unticked checkbox sends nothing: not ticked
        essential = Boolean.TRUE.equals(essential);
        marketing = Boolean.TRUE.equals(marketing);
        forDailyBriefing = Boolean.TRUE.equals(forDailyBriefing);
        ctaText = strip(ctaText);
        ctaUrl = strip(ctaUrl);
        ctaDeadline = ctaDeadline == null ? new DateInput() : ctaDeadline;
        version = version == null ? 0 : version;
    }

    /** The form of a new article: all blank. */
    static ArticleForm blank() {
        return new ArticleForm(
                null, null, null, null, null, null, null, null, null, false, false, false, null, null, null, 0);
    }

    static ArticleForm of(Article a) {
        return new ArticleForm(
                a.title(),
                a.summary(),
                a.body(),
                a.contactPostId() == null ? "" : a.contactPostId().toString(),
                a.audience().roles().stream().map(Enum::name).sorted().toList(),
                a.audience().phases().stream().map(Enum::name).sorted().toList(),
                a.audience().districts().stream().sorted().collect(Collectors.joining(", ")),
                a.audience().clusters().stream().sorted().map(String::valueOf).toList(),
                "",
                a.essential(),
                a.marketing(),
                a.forDailyBriefing(),
                a.ctaText(),
                a.ctaUrl(),
                DateInput.of(a.ctaDeadline()),
                a.version());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
