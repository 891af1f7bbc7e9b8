package uk.headsup.bulletins.internal.articles.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.EventCard;
import uk.headsup.platform.DateInput;

/** An article as its form has it. */
public class ArticleForm {

    static final int LONGEST_TITLE = 150;
    static final int LONGEST_SUMMARY = 300;
    private static final Pattern ADDRESS =
            Pattern.compile("(?i)^(https?://[^\\s/]+\\.[^\\s]+|mailto:[^\\s@]+@[^\\s@]+\\.[^\\s]+|/[^\\s]*)$");

    private String title = "";
    private String summary = "";
    private String body = "";
    private String contactPostId = "";
    private List<String> roles = new ArrayList<>();
    private List<String> phases = new ArrayList<>();
    private String districts = "";
    private List<String> clusters = new ArrayList<>();
    private String eventId = "";
    private boolean essential;
    private boolean marketing;
    private boolean forDailyBriefing;
    private String ctaText = "";
    private String ctaUrl = "";
    private DateInput ctaDeadline = new DateInput();
    private int version;

    static ArticleForm of(Article a) {
        ArticleForm f = new ArticleForm();
        f.title = a.title();
        f.summary = a.summary();
        f.body = a.body();
        f.contactPostId = a.contactPostId() == null ? "" : a.contactPostId().toString();
        f.roles = a.audience().roles().stream().map(Enum::name).sorted().collect(Collectors.toList());
        f.phases = a.audience().phases().stream().map(Enum::name).sorted().collect(Collectors.toList());
        f.districts = a.audience().districts().stream().sorted().collect(Collectors.joining(", "));
        f.clusters =
                a.audience().clusters().stream().sorted().map(String::valueOf).collect(Collectors.toList());
        f.essential = a.essential();
        f.marketing = a.marketing();
        f.forDailyBriefing = a.forDailyBriefing();
        f.ctaText = a.ctaText() == null ? "" : a.ctaText();
        f.ctaUrl = a.ctaUrl() == null ? "" : a.ctaUrl();
        f.ctaDeadline = DateInput.of(a.ctaDeadline());
        f.version = a.version();
        return f;
    }

    /**
     * Checks the form and records each problem on its field; returns the article it describes (with this id,
     * author and status), or null if there were problems.
     *
     * @param known the directory's districts and clusters, and the events an article can invite readers to book
     */
    public Article check(Errors errors, long id, Article.Status status, Author author, Known known) {
        title = title.strip();
        summary = summary.strip();
        ctaText = ctaText.strip();
        ctaUrl = ctaUrl.strip();
        if (!eventId.isBlank()) {
            Optional<EventCard> event = parseLong(eventId).flatMap(known.event());
            if (event.isEmpty()) {
                errors.rejectValue("eventId", "unknown", "Select an event from the list");
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
        if (title.isEmpty()) {
            errors.rejectValue("title", "required", "Enter a title");
        } else if (title.length() > LONGEST_TITLE) {
            errors.rejectValue("title", "long", "The title must be " + LONGEST_TITLE + " characters or fewer");
        }
        if (summary.isEmpty()) {
            errors.rejectValue("summary", "required", "Enter a one-sentence summary for the email");
        } else if (summary.length() > LONGEST_SUMMARY) {
            errors.rejectValue("summary", "long", "The summary must be " + LONGEST_SUMMARY + " characters or fewer");
        }
        if (body.isBlank()) {
            errors.rejectValue("body", "required", "Enter the article");
        }
        // Control characters (a bare carriage return above all) break calendar files, email headers and feeds.
        refuseControlCharacters(errors, "title", title, "The title");
        refuseControlCharacters(errors, "summary", summary, "The summary");
        refuseControlCharacters(errors, "ctaText", ctaText, "What readers should do");
        refuseControlCharacters(errors, "ctaUrl", ctaUrl, "Where readers do it");
        if (CONTROL_IN_TEXT.matcher(body.replace("\r\n", "\n")).find()) {
            errors.rejectValue("body", "control", "The article must not contain control characters");
        }
        Long contact = null;
        if (!contactPostId.isBlank()) {
            try {
                contact = Long.parseLong(contactPostId);
            } catch (NumberFormatException e) {
                errors.rejectValue("contactPostId", "invalid", "Select a contact from the list");
            }
        }
        Set<OrganisationRole> chosenRoles = enums(roles, OrganisationRole.class);
        Set<Phase> chosenPhases = enums(phases, Phase.class);
        Set<String> chosenDistricts = new LinkedHashSet<>();
        for (String d : districts.split(",")) {
            if (!d.isBlank()) {
                chosenDistricts.add(d.strip());
            }
        }
        List<String> unknown =
                chosenDistricts.stream().filter(known.district().negate()).toList();
        if (!unknown.isEmpty()) {
            errors.rejectValue(
                    "districts",
                    "unknown",
                    "No school or setting in the directory is in " + String.join(", ", unknown)
                            + ": check the spelling of the district");
        }
        Set<Long> chosenClusters = new LinkedHashSet<>();
        for (String c : clusters) {
            chosenClusters.add(parseLong(c).orElse(-1L));
        }
        if (!known.clusters().containsAll(chosenClusters)) {
            errors.rejectValue(
                    "clusters", "unknown", "Select clusters from the list: one of them is no longer in the directory");
        }
        boolean anyCta = !ctaText.isEmpty() || !ctaUrl.isEmpty() || !ctaDeadline.isBlank();
        LocalDate deadline = null;
        if (anyCta) {
            if (ctaText.isEmpty()) {
                errors.rejectValue(
                        "ctaText", "required", "Enter what readers should do, like “Register for the conference”");
            }
            if (ctaUrl.isEmpty()) {
                errors.rejectValue(
                        "ctaUrl",
                        "required",
                        "Enter where readers do it: a web address, an email address or a page of this site");
            } else if (!ADDRESS.matcher(ctaUrl).matches()) {
                errors.rejectValue(
                        "ctaUrl",
                        "invalid",
                        "Enter a web address starting https://, an email address starting mailto:, or a page of this site starting /");
            }
            String problem = ctaDeadline.problem("The deadline");
            if (problem != null) {
                errors.rejectValue("ctaDeadline", "invalid", problem);
            } else {
                deadline = ctaDeadline.date().orElse(null);
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Article(
                id,
                title,
                summary,
                body.replace("\r\n", "\n"),
                contact,
                new ArticleAudience(chosenRoles, chosenPhases, chosenDistricts, chosenClusters),
                essential,
                marketing,
                anyCta ? ctaText : null,
                anyCta ? ctaUrl : null,
                deadline,
                forDailyBriefing,
                status,
                author.email(),
                author.name(),
                null,
                author.email(),
                version);
    }

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** In the body, line feeds and tabs are text; a bare carriage return or any other control character is not. */
    private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");

    private static void refuseControlCharacters(Errors errors, String field, String value, String name) {
        if (CONTROL.matcher(value).find() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "control", name + " must not contain control characters, such as line breaks");
        }
    }

    /** What an article form is checked against. */
    public record Known(Predicate<String> district, Set<Long> clusters, Function<Long, Optional<EventCard>> event) {}

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        return names.stream()
                .filter(n -> Arrays.stream(type.getEnumConstants())
                        .anyMatch(c -> c.name().equals(n)))
                .map(n -> Enum.valueOf(type, n))
                .collect(Collectors.toSet());
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId == null ? "" : eventId;
    }

    public List<String> getClusters() {
        return clusters;
    }

    public void setClusters(List<String> clusters) {
        this.clusters = clusters == null ? new ArrayList<>() : clusters;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? "" : summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public String getContactPostId() {
        return contactPostId;
    }

    public void setContactPostId(String contactPostId) {
        this.contactPostId = contactPostId == null ? "" : contactPostId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<String> getPhases() {
        return phases;
    }

    public void setPhases(List<String> phases) {
        this.phases = phases == null ? new ArrayList<>() : phases;
    }

    public String getDistricts() {
        return districts;
    }

    public void setDistricts(String districts) {
        this.districts = districts == null ? "" : districts;
    }

    public boolean isEssential() {
        return essential;
    }

    public void setEssential(boolean essential) {
        this.essential = essential;
    }

    public boolean isMarketing() {
        return marketing;
    }

    public void setMarketing(boolean marketing) {
        this.marketing = marketing;
    }

    public boolean isForDailyBriefing() {
        return forDailyBriefing;
    }

    public void setForDailyBriefing(boolean forDailyBriefing) {
        this.forDailyBriefing = forDailyBriefing;
    }

    public String getCtaText() {
        return ctaText;
    }

    public void setCtaText(String ctaText) {
        this.ctaText = ctaText == null ? "" : ctaText;
    }

    public String getCtaUrl() {
        return ctaUrl;
    }

    public void setCtaUrl(String ctaUrl) {
        this.ctaUrl = ctaUrl == null ? "" : ctaUrl;
    }

    public DateInput getCtaDeadline() {
        return ctaDeadline;
    }

    public void setCtaDeadline(DateInput ctaDeadline) {
        this.ctaDeadline = ctaDeadline == null ? new DateInput() : ctaDeadline;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
