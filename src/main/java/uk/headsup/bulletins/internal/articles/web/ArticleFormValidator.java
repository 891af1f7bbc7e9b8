package uk.headsup.bulletins.internal.articles.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.EventCard;
import uk.headsup.platform.DateInput;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link ArticleForm}: its fields' constraints, then the rules between fields (an event to book
 * becomes the call to action; a call to action needs what to do and a valid address; districts and clusters must be
 * in the directory; no control characters). Each field reports one problem, in the order of the page.
 */
@Component
class ArticleFormValidator {

    private static final Pattern ADDRESS =
            Pattern.compile("(?i)^(https?://[^\\s/]+\\.[^\\s]+|mailto:[^\\s@]+@[^\\s@]+\\.[^\\s]+|/[^\\s]*)$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** In the body, line feeds and tabs are text; a bare carriage return or any other control character is not. */
    private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");

    /** What an article form is checked against: the directory's districts and clusters, the events to book. */
    record Known(Predicate<String> district, Set<Long> clusters, Function<Long, Optional<EventCard>> event) {}

    private final Validator constraints;

    ArticleFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /**
     * Checks every field.
     *
     * @return the article the form describes (with this id, author and status), or null when there are errors (then
     *     in {@code errors})
     */
    Article check(ArticleForm form, Errors errors, long id, Article.Status status, Author author, Known known) {
        FormProblems problems = FormProblems.of(constraints, form);
        Article article = article(form, id, status, author, known, problems);
        return problems.reportTo(errors) ? article : null;
    }

    private static Article article(
            ArticleForm form, long id, Article.Status status, Author author, Known known, FormProblems problems) {
        String ctaText = form.ctaText();
        String ctaUrl = form.ctaUrl();
        DateInput ctaDeadline = form.ctaDeadline();
        if (!form.eventId().isBlank()) {
            Optional<EventCard> event = parseLong(form.eventId()).flatMap(known.event());
            if (event.isEmpty()) {
                problems.add("eventId", "unknown", "Select an event from the list");
            } else {
                // The call to action becomes the event's booking page, with its booking deadline unless one is given.
                ctaUrl = event.get().bookingUrl();
                if (ctaText.isEmpty()) {
                    ctaText = "Book a place";
                }
                if (ctaDeadline.isBlank() && event.get().bookingCloses() != null) {
                    ctaDeadline = DateInput.of(event.get().bookingCloses().toLocalDate());
                }
            }
        }
        // Control characters (a bare carriage return above all) break calendar files, email headers and feeds.
        refuseControlCharacters(problems, "title", form.title(), "The title");
        refuseControlCharacters(problems, "summary", form.summary(), "The summary");
        refuseControlCharacters(problems, "ctaText", ctaText, "What readers should do");
        refuseControlCharacters(problems, "ctaUrl", ctaUrl, "Where readers do it");
        if (CONTROL_IN_TEXT.matcher(form.body().replace("\r\n", "\n")).find()) {
            problems.add("body", "control", "The article must not contain control characters");
        }
        Set<String> districts = new LinkedHashSet<>();
        for (String d : form.districts().split(",")) {
            if (!d.isBlank()) {
                districts.add(d.strip());
            }
        }
        List<String> unknown =
                districts.stream().filter(known.district().negate()).toList();
        if (!unknown.isEmpty()) {
            problems.add(
                    "districts",
                    "unknown",
                    "No school or setting in the directory is in " + String.join(", ", unknown)
                            + ": check the spelling of the district");
        }
        Set<Long> clusters = new LinkedHashSet<>();
        for (String c : form.clusters()) {
            clusters.add(parseLong(c).orElse(-1L));
        }
        if (!known.clusters().containsAll(clusters)) {
            problems.add(
                    "clusters", "unknown", "Select clusters from the list: one of them is no longer in the directory");
        }
        boolean anyCta = !ctaText.isEmpty() || !ctaUrl.isEmpty() || !ctaDeadline.isBlank();
        LocalDate deadline = null;
        if (anyCta) {
            if (ctaText.isEmpty()) {
                problems.add("ctaText", "required", "Enter what readers should do, like “Register for the conference”");
            }
            if (ctaUrl.isEmpty()) {
                problems.add(
                        "ctaUrl",
                        "required",
                        "Enter where readers do it: a web address, an email address or a page of this site");
            } else if (!ADDRESS.matcher(ctaUrl).matches()) {
                problems.add(
                        "ctaUrl",
                        "invalid",
                        "Enter a web address starting https://, an email address starting mailto:, or a page of this site starting /");
            }
            String problem = ctaDeadline.problem("The deadline");
            if (problem != null) {
                problems.add("ctaDeadline", "invalid", problem);
            } else {
                deadline = ctaDeadline.date().orElse(null);
            }
        }
        Set<OrganisationRole> roles =
                problems.choices("roles", form.roles(), OrganisationRole.class, "Select roles from the list");
        Set<Phase> phases = problems.choices("phases", form.phases(), Phase.class, "Select phases from the list");
        if (!problems.isEmpty()) {
            return null;
        }
        return new Article(
                id,
                form.title(),
                form.summary(),
                form.body().replace("\r\n", "\n"),
                form.contactPostId().isBlank() ? null : Long.parseLong(form.contactPostId()),
                new ArticleAudience(roles, phases, districts, clusters),
                form.essential(),
                form.marketing(),
                anyCta ? ctaText : null,
                anyCta ? ctaUrl : null,
                deadline,
                form.forDailyBriefing(),
                status,
                author.email(),
                author.name(),
                null,
                author.email(),
                form.version());
    }

    private static void refuseControlCharacters(FormProblems problems, String field, String value, String name) {
        if (CONTROL.matcher(value).find() && !problems.has(field)) {
            problems.add(field, "control", name + " must not contain control characters, such as line breaks");
        }
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
