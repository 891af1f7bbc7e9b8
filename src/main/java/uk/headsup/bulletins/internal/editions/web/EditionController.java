package uk.headsup.bulletins.internal.editions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.Option;
import uk.headsup.bulletins.internal.archive.PublishedArchive;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Articles;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.bulletins.internal.articles.ContentReview;
import uk.headsup.bulletins.internal.articles.Versions;
import uk.headsup.bulletins.internal.delivery.EditionEmailPreviews;
import uk.headsup.bulletins.internal.delivery.EditionSends;
import uk.headsup.bulletins.internal.editions.Edition;
import uk.headsup.bulletins.internal.editions.EditionDesk;
import uk.headsup.bulletins.internal.editions.Editions;
import uk.headsup.bulletins.internal.editions.PreviewReader;
import uk.headsup.bulletins.internal.editions.Previews;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.platform.DateInput;
import uk.headsup.platform.Mistyped;

/** Editors put editions together here; publishers approve them or return them with comments. */
@Controller
@RequestMapping("/bulletins/editions")
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class EditionController {

    private final Editions editions;
    private final EditionDesk desk;
    private final SeriesCatalogue series;
    private final Articles articles;
    private final ContentReview review;
    private final AuthorityContacts contacts;
    private final Versions versions;
    private final PublishedArchive archive;
    private final Previews previews;
    private final EditionSends sends;
    private final EditionEmailPreviews emails;
    private final EditionFormValidator editionFormValidator;

    EditionController(
            Editions editions,
            EditionDesk desk,
            SeriesCatalogue series,
            Articles articles,
            ContentReview review,
            AuthorityContacts contacts,
            Versions versions,
            PublishedArchive archive,
            Previews previews,
            EditionSends sends,
            EditionEmailPreviews emails,
            EditionFormValidator editionFormValidator) {
        this.editions = editions;
        this.editionFormValidator = editionFormValidator;
        this.desk = desk;
        this.series = series;
        this.articles = articles;
        this.review = review;
        this.contacts = contacts;
        this.versions = versions;
        this.archive = archive;
        this.previews = previews;
        this.sends = sends;
        this.emails = emails;
    }

    @GetMapping
    String overview(@ModelAttribute("author") Author author, Model model) {
        model.addAttribute("editor", author.editor());
        model.addAttribute("editions", editions.overview(20));
        model.addAttribute(
                "seriesOptions",
                series.all().stream()
                        .map(s -> new Option(s.key(), s.name(), null))
                        .toList());
        model.addAttribute("newDate", DateInput.of(review.today()));
        return "bulletins/editions";
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('EDITOR')")
    String start(@RequestParam String series, @ModelAttribute("author") Author author, RedirectAttributes redirect) {
        Series of = this.series.byKey(series).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        long id = desk.create(of, of.nextDate(review.today()), author);
        redirect.addFlashAttribute(
                "success",
                "Started " + of.name() + " " + editions.byId(id).orElseThrow().number());
        return "redirect:/bulletins/editions/" + id;
    }

    @GetMapping("/{id}")
    String edition(@PathVariable long id, Model model) {
        Edition edition = find(id);
        model.addAttribute("form", EditionForm.of(edition));
        return page(edition, model);
    }

    @PostMapping("/{id}/details")
    @PreAuthorize("hasRole('EDITOR')")
    String details(
            @PathVariable long id,
            @ModelAttribute("form") EditionForm form,
            BindingResult errors,
            @ModelAttribute("author") Author author,
            Model model,
            RedirectAttributes redirect) {
        Edition edition = find(id);
        if (!edition.editable()) {
            errors.reject(
                    "frozen", "This edition is " + edition.status().label().toLowerCase() + ": it cannot be changed");
            return page(edition, model);
        }
        EditionFormValidator.Checked checked = editionFormValidator.check(form, errors);
        if (checked == null) {
            return page(edition, model);
        }
        if (!desk.saveDetails(edition, form.version(), checked.date(), checked.foreword(), checked.postId(), author)) {
            // What was typed stays in the form; the page puts the saved version in it, so that saving again wins.
            model.addAttribute("savedVersion", edition.version());
            errors.reject(
                    "conflict",
                    "Someone changed this edition while you were editing it. Your date and foreword have not been"
                            + " saved: they are still in the form. Check the edition below, then save again");
            return page(edition, model);
        }
        redirect.addFlashAttribute("success", "Saved the date and foreword");
        return "redirect:/bulletins/editions/" + id;
    }

    @PostMapping("/{id}/sections")
    @PreAuthorize("hasRole('EDITOR')")
    String addSection(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @ModelAttribute("author") Author author,
            RedirectAttributes redirect) {
        Edition edition = editable(id);
        if (title.isBlank()) {
            redirect.addFlashAttribute("sectionError", "Enter the section’s title");
            return "redirect:/bulletins/editions/" + id + "#sections";
        }
        desk.addSection(edition.id(), title.strip(), author);
        redirect.addFlashAttribute("success", "Added the section " + title.strip());
        return "redirect:/bulletins/editions/" + id + "#sections";
    }

    @PostMapping("/{id}/sections/{sectionId}")
    @PreAuthorize("hasRole('EDITOR')")
    String changeSection(
            @PathVariable long id,
            @PathVariable long sectionId,
            @RequestParam String change,
            @ModelAttribute("author") Author author,
            RedirectAttributes redirect) {
        Edition edition = editable(id);
        section(edition, sectionId);
        switch (change) {
            case "up" -> desk.moveSection(id, sectionId, -1, author);
            case "down" -> desk.moveSection(id, sectionId, 1, author);
            case "remove" -> desk.removeSection(id, sectionId, author);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return "redirect:/bulletins/editions/" + id + "#sections";
    }

    @PostMapping("/{id}/articles")
    @PreAuthorize("hasRole('EDITOR')")
    String place(
            @PathVariable long id,
            Placing placing,
            BindingResult errors,
            @ModelAttribute("author") Author author,
            Model model,
            RedirectAttributes redirect) {
        Edition edition = editable(id);
        if (errors.hasErrors() || placing.articleId() == null || placing.sectionId() == null) {
            redirect.addFlashAttribute(
                    "placeError",
                    errors.hasErrors()
                            ? errors.getFieldErrors().get(0).getDefaultMessage()
                            : placing.articleId() == null ? "Select an article" : "Select a section");
            return "redirect:/bulletins/editions/" + id + "#add-article";
        }
        Edition.Section section = section(edition, placing.sectionId());
        Article article = articles.byId(placing.articleId())
                .filter(a -> a.status() == Article.Status.SUBMITTED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        String publishedIn = articles.publishedIn(List.of(article.id())).get(article.id());
        if (publishedIn != null && !placing.again()) {
            // Readers have had it already: the editor says so before it goes out again.
            model.addAttribute("edition", edition);
            model.addAttribute("article", article);
            model.addAttribute("section", section);
            model.addAttribute("publishedIn", publishedIn);
            return "bulletins/place-again";
        }
        desk.place(id, section.id(), article.id(), author, "Put “" + article.title() + "” in " + section.title());
        redirect.addFlashAttribute("success", "Added “" + article.title() + "” to " + section.title());
        return "redirect:/bulletins/editions/" + id + "#sections";
    }

    @PostMapping("/{id}/articles/{articleId}")
    @PreAuthorize("hasRole('EDITOR')")
    String changeArticle(
            @PathVariable long id,
            @PathVariable long articleId,
            @RequestParam String change,
            @ModelAttribute("author") Author author) {
        Edition edition = editable(id);
        if (!edition.articleIds().contains(articleId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        switch (change) {
            case "up" -> desk.moveArticle(id, articleId, -1, author);
            case "down" -> desk.moveArticle(id, articleId, 1, author);
            case "remove" -> desk.remove(id, articleId, author);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return "redirect:/bulletins/editions/" + id + "#sections";
    }

    @PostMapping("/{id}/send")
    @PreAuthorize("hasRole('EDITOR')")
    String send(@PathVariable long id, @ModelAttribute("author") Author author, RedirectAttributes redirect) {
        return reported(id, desk.sendForApproval(find(id).id(), author), "Sent for approval", redirect);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('PUBLISHER')")
    String approve(
            @PathVariable long id,
            @RequestParam(defaultValue = "now") String when,
            @RequestParam(defaultValue = "") String time,
            @ModelAttribute("author") Author author,
            RedirectAttributes redirect) {
        Edition edition = find(id);
        Instant at = null;
        if (when.equals("scheduled")) {
            LocalTime clock;
            try {
                clock = LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip() : time.strip());
            } catch (RuntimeException e) {
                redirect.addFlashAttribute("approveError", "Enter the time to publish, like 08:00");
                return "redirect:/bulletins/editions/" + id + "#approve";
            }
            at = LocalDateTime.of(edition.date(), clock)
                    .atZone(ContentReview.UK)
                    .toInstant();
        }
        EditionDesk.Outcome outcome = desk.approve(id, at, author);
        if (!outcome.done()) {
            redirect.addFlashAttribute("problems", outcome.problems());
            return "redirect:/bulletins/editions/" + id;
        }
        Edition now = find(id);
        redirect.addFlashAttribute(
                "success",
                now.status() == Edition.Status.PUBLISHED
                        ? "Approved and published"
                        : "Approved: it will be published at " + time.strip() + " on " + now.date());
        return "redirect:/bulletins/editions/" + id;
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('PUBLISHER')")
    String returnToEditors(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comments,
            @ModelAttribute("author") Author author,
            RedirectAttributes redirect) {
        if (comments.isBlank()) {
            redirect.addFlashAttribute("returnError", "Enter what the editors should change");
            return "redirect:/bulletins/editions/" + id + "#approve";
        }
        return reported(
                id,
                desk.returnToEditors(find(id).id(), comments.strip(), author),
                "Returned to the editors with your comments",
                redirect);
    }

    /** Back to the edition, saying it was done or what stopped it. */
    private static String reported(long id, EditionDesk.Outcome outcome, String success, RedirectAttributes redirect) {
        if (outcome.done()) {
            redirect.addFlashAttribute("success", success);
        } else {
            redirect.addFlashAttribute("problems", outcome.problems());
        }
        return "redirect:/bulletins/editions/" + id;
    }

    @PostMapping("/{id}/corrections")
    @PreAuthorize("hasAnyRole('EDITOR', 'PUBLISHER')")
    String correct(
            @PathVariable long id,
            Correction correction,
            BindingResult errors,
            @ModelAttribute("author") Author author,
            RedirectAttributes redirect) {
        Edition edition = find(id);
        if (edition.status() != Edition.Status.PUBLISHED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        if (errors.hasErrors() || correction.notice().isBlank()) {
            redirect.addFlashAttribute(
                    "correctionError",
                    errors.hasErrors()
                            ? errors.getFieldErrors().get(0).getDefaultMessage()
                            : "Enter the correction notice");
            return "redirect:/bulletins/editions/" + id + "#correct";
        }
        desk.correct(
                edition, correction.publishedArticleId(), correction.notice().strip(), author);
        redirect.addFlashAttribute("success", "The correction notice is on the edition in the archive");
        return "redirect:/bulletins/editions/" + id;
    }

    @GetMapping("/{id}/preview")
    String preview(@PathVariable long id, PreviewChoice choice, @ModelAttribute("author") Author author, Model model) {
        if (!choice.role().isBlank()) {
            OrganisationRole.valueOf(choice.role()); // an unknown role answers 400, saying which are known
        }
        Edition edition = find(id);
        PublishedEdition whole = previews.of(edition, null);
        model.addAttribute("edition", edition);
        model.addAttribute("roleOptions", Option.roles());
        model.addAttribute("phaseOptions", Option.phases());
        model.addAttribute("districtOptions", districts(whole));
        model.addAttribute("role", choice.role());
        model.addAttribute("phase", choice.phase());
        model.addAttribute("district", choice.district());
        PreviewReader chosen = choice.reader();
        if (chosen != null) {
            model.addAttribute("readerLabel", chosen.label());
            model.addAttribute("email", emails.of(whole, chosen.reader(), author.name()));
            model.addAttribute("readerQuery", chosen.query());
        }
        model.addAttribute("preview", chosen == null ? whole : whole.forReader(chosen.reader()));
        return "bulletins/preview";
    }

    /** The email's HTML part as the reader's mail client would show it: its inline styles allowed, no scripts. */
    @GetMapping(value = "/{id}/preview/email", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String emailHtml(
            @PathVariable long id,
            PreviewChoice choice,
            @ModelAttribute("author") Author author,
            HttpServletResponse response) {
        PreviewReader chosen = choice.readerOr(HttpStatus.NOT_FOUND);
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; frame-ancestors 'none';"
                        + " form-action 'none'");
        return emails.of(previews.of(find(id), null), chosen.reader(), author.name())
                .html();
    }

    @PostMapping("/{id}/preview/test")
    @PreAuthorize("hasAnyRole('EDITOR', 'PUBLISHER')")
    String sendTest(
            @PathVariable long id,
            PreviewChoice choice,
            @ModelAttribute("author") Author author,
            RedirectAttributes redirect) {
        PreviewReader chosen = choice.readerOr(HttpStatus.BAD_REQUEST);
        emails.sendTest(previews.of(find(id), null), chosen.reader(), author.name(), author.email());
        redirect.addFlashAttribute(
                "success", "Sent a test of the email a " + chosen.label() + " would get to " + author.email());
        return "redirect:/bulletins/editions/" + id + "/preview?" + chosen.query();
    }

    /**
     * A submitted article put in a section, as the edition's form sends it; {@code again} once the editor has been
     * told that readers had it in an earlier edition.
     */
    record Placing(
            @Mistyped("Select an article from the list") Long articleId,
            @Mistyped("Select a section from the list") Long sectionId,
            Boolean again) {

        Placing {
            again = Boolean.TRUE.equals(again);
        }
    }

    /** A correction notice on a published edition, about the whole edition or one of its articles. */
    record Correction(
            String notice,

            @Mistyped("Select what the correction is about from the list")
            Long publishedArticleId) {

        Correction {
            notice = notice == null ? "" : notice;
        }
    }

    /** The reader chosen on the preview form, as its query string names it ({@code role}, {@code phase}, {@code district}). */
    record PreviewChoice(String role, String phase, String district) {

        PreviewChoice {
            role = role == null ? "" : role;
            phase = phase == null ? "" : phase;
            district = district == null ? "" : district;
        }

        /** The reader, or null until both a role and a phase are chosen. */
        PreviewReader reader() {
            return PreviewReader.of(role, phase, district);
        }

        /** The reader, or this status when none is chosen. */
        PreviewReader readerOr(HttpStatus status) {
            PreviewReader reader = reader();
            if (reader == null) {
                throw new ResponseStatusException(status);
            }
            return reader;
        }
    }

    /** The districts the edition's articles are aimed at, to preview as a reader in one of them. */
    private static List<Option> districts(PublishedEdition edition) {
        return edition.articles().stream()
                .flatMap(a -> a.audience().districts().stream())
                .distinct()
                .sorted()
                .map(d -> new Option(d, d, null))
                .toList();
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("edition", find(id));
        model.addAttribute("changes", versions.history(Versions.Subject.EDITION, id));
        return "bulletins/edition-history";
    }

    @ModelAttribute("author")
    Author author(Authentication authentication, Model model) {
        return Author.of(authentication, model);
    }

    private String page(Edition edition, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute(
                "blocking", edition.status() == Edition.Status.PUBLISHED ? List.of() : desk.blocking(edition));
        model.addAttribute("signedBy", desk.signedBy(edition));
        model.addAttribute(
                "publishTime",
                series.byId(edition.seriesId())
                        .map(Series::publishTime)
                        .map(LocalTime::toString)
                        .orElse("08:00"));
        model.addAttribute(
                "contactOptions",
                contacts.on(edition.date()).stream()
                        .map(c -> new Option(
                                String.valueOf(c.postId()),
                                c.name() + ", " + c.jobTitle() + " (" + c.teamName() + ")",
                                null))
                        .toList());
        List<Article> placeable = edition.editable() ? articles.placeableIn(edition.id()) : List.of();
        model.addAttribute("placeable", placeable);
        model.addAttribute(
                "publishedIn",
                articles.publishedIn(placeable.stream().map(Article::id).toList()));
        PublishedEdition published = edition.status() == Edition.Status.PUBLISHED
                ? archive.edition(edition.id()).orElse(null)
                : null;
        model.addAttribute("published", published);
        model.addAttribute(
                "sent", published == null ? null : sends.of(published).orElse(null));
        return "bulletins/edition";
    }

    private Edition editable(long id) {
        Edition edition = find(id);
        if (!edition.editable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This edition cannot be changed now");
        }
        return edition;
    }

    private static Edition.Section section(Edition edition, long sectionId) {
        return edition.sections().stream()
                .filter(s -> s.id() == sectionId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Edition find(long id) {
        return editions.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
