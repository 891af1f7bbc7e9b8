package uk.headsup.bulletins.internal.articles.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.Option;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Articles;
import uk.headsup.bulletins.internal.articles.Attachments;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.bulletins.internal.articles.ContentReview;
import uk.headsup.bulletins.internal.articles.Finding;
import uk.headsup.bulletins.internal.articles.Newsroom;
import uk.headsup.bulletins.internal.articles.Placements;
import uk.headsup.bulletins.internal.articles.Versions;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.directory.Directory;
import uk.headsup.events.EventCard;
import uk.headsup.events.EventCards;
import uk.headsup.platform.format.UploadedFileType;

/** Contributors from any authority team write articles here; editors see and edit them all. */
@Controller
@RequestMapping("/bulletins/articles")
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class ArticleController {

    private final Articles articles;
    private final Newsroom newsroom;
    private final ContentReview review;
    private final AuthorityContacts contacts;
    private final Directory directory;
    private final Attachments attachments;
    private final Versions versions;
    private final EventCards eventCards;
    private final Placements placements;
    private final ArticleFormValidator validator;

    ArticleController(
            Articles articles,
            Newsroom newsroom,
            ContentReview review,
            AuthorityContacts contacts,
            Directory directory,
            Attachments attachments,
            Versions versions,
            EventCards eventCards,
            Placements placements,
            ArticleFormValidator validator) {
        this.articles = articles;
        this.newsroom = newsroom;
        this.review = review;
        this.contacts = contacts;
        this.directory = directory;
        this.attachments = attachments;
        this.versions = versions;
        this.eventCards = eventCards;
        this.placements = placements;
        this.validator = validator;
    }

    @ModelAttribute("author")
    Author author(Authentication authentication, Model model) {
        return Author.of(authentication, model);
    }

    @GetMapping
    String list(@ModelAttribute("author") Author author, Model model) {
        model.addAttribute("mine", articles.byAuthor(author.email()));
        model.addAttribute(
                "waiting", author.editor() ? articles.waitingForAnEdition(placements.unpublishedStates()) : List.of());
        model.addAttribute("editor", author.editor());
        return "bulletins/articles";
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", ArticleForm.blank());
        return form(null, List.of(), model);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("author") Author author,
            Model model,
            RedirectAttributes redirect) {
        Article draft = validator.check(form, errors, 0, Article.Status.DRAFT, author, known());
        if (draft == null) {
            return form(null, List.of(), model);
        }
        long id = newsroom.create(draft, author);
        return afterSave(id, action, author, redirect);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Article article = find(id);
        model.addAttribute("form", ArticleForm.of(article));
        return form(article, review.of(article), model);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("author") Author author,
            Model model,
            RedirectAttributes redirect) {
        Article current = find(id);
        Article changed = validator.check(form, errors, id, current.status(), author, known());
        if (changed == null) {
            return form(current, List.of(), model);
        }
        Newsroom.Saved saved = newsroom.save(changed, form.version(), author);
        if (saved instanceof Newsroom.Conflict conflict) {
            // Their text stays in the form; the other editor's version is shown beside it, and the page puts that
            // version in the form, so that saving again replaces it.
            model.addAttribute("conflict", conflict.current());
            errors.reject(
                    "conflict",
                    conflict.current().updatedBy() + " saved this article while you were editing it. Your changes"
                            + " have not been saved: they are still in the form. Compare them with the saved version,"
                            + " then save again to replace it");
            return form(current, List.of(), model);
        }
        if (saved instanceof Newsroom.Refused refused) {
            errors.reject("refused", refused.reason());
            return form(current, List.of(), model);
        }
        return afterSave(id, action, author, redirect);
    }

    private String afterSave(long id, String action, Author author, RedirectAttributes redirect) {
        if (action.equals("submit")) {
            Newsroom.Saved submitted = newsroom.submit(id, author);
            if (submitted instanceof Newsroom.Refused refused) {
                redirect.addFlashAttribute("notSubmitted", "Saved, but not submitted: " + refused.reason());
                return "redirect:/bulletins/articles/" + id;
            }
            if (submitted instanceof Newsroom.Conflict conflict) {
                redirect.addFlashAttribute(
                        "notSubmitted",
                        "Saved, but not submitted: " + conflict.current().updatedBy()
                                + " changed this article at the same moment. Check it below, then submit it if it"
                                + " still needs submitting");
                return "redirect:/bulletins/articles/" + id;
            }
            redirect.addFlashAttribute("success", "Saved and submitted to the editors");
            return "redirect:/bulletins/articles/" + id;
        }
        redirect.addFlashAttribute("success", "Saved");
        return "redirect:/bulletins/articles/" + id;
    }

    @PostMapping("/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @ModelAttribute("author") Author author,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Article article = find(id);
        Optional<String> refused = newsroom.whyNotEditable(article, author);
        String name = file == null || file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().replaceAll("^.*[/\\\\]", "").strip();
        Optional<String> problem;
        byte[] bytes = new byte[0];
        if (refused.isPresent()) {
            problem = refused;
        } else if (file == null || file.isEmpty() && name.isEmpty()) {
            problem = Optional.of("Select a file to attach");
        } else if (file.getSize() > Newsroom.LARGEST_ATTACHMENT) {
            problem = Optional.of(
                    "The selected file must be smaller than " + Newsroom.LARGEST_ATTACHMENT / (1024 * 1024) + " MB");
        } else {
            bytes = file.getBytes();
            problem = UploadedFileType.problem(name, bytes, Newsroom.LARGEST_ATTACHMENT);
        }
        if (problem.isPresent()) {
            model.addAttribute("form", ArticleForm.of(article));
            model.addAttribute("uploadError", problem.get());
            return form(article, review.of(article), model);
        }
        newsroom.attach(article, name, UploadedFileType.of(bytes).orElseThrow(), bytes, author);
        redirect.addFlashAttribute("success", "Attached " + name);
        return "redirect:/bulletins/articles/" + id + "#attachments";
    }

    @PostMapping("/{id}/attachments/{attachmentId}/remove")
    String detach(
            @PathVariable long id,
            @PathVariable long attachmentId,
            @ModelAttribute("author") Author author,
            RedirectAttributes redirect) {
        Article article = find(id);
        if (newsroom.whyNotEditable(article, author).isPresent() || !newsroom.detach(article, attachmentId, author)) {
            redirect.addFlashAttribute("success", "The attachment stays: a published edition carries it");
        } else {
            redirect.addFlashAttribute("success", "Attachment removed");
        }
        return "redirect:/bulletins/articles/" + id + "#attachments";
    }

    /** The article as readers will see it on the web, with its event card, call to action and contact. */
    @GetMapping("/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        Article article = find(id);
        PublishedEdition preview = placements.preview(article, review.today());
        model.addAttribute("article", article);
        model.addAttribute("preview", preview);
        model.addAttribute("publishedIn", articles.publishedIn(List.of(id)).get(id));
        Map<Long, EventCard> cards = new HashMap<>();
        EventCards.eventId(article.ctaUrl()).flatMap(eventCards::card).ifPresent(c -> cards.put(article.id(), c));
        model.addAttribute("cards", cards);
        return "bulletins/article-preview";
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        Article article = find(id);
        model.addAttribute("article", article);
        model.addAttribute("changes", versions.history(Versions.Subject.ARTICLE, id));
        return "bulletins/article-history";
    }

    private String form(Article article, List<Finding> findings, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("findings", findings);
        model.addAttribute("blocking", findings.stream().filter(Finding::blocks).toList());
        model.addAttribute(
                "warnings", findings.stream().filter(Finding::warning).toList());
        model.addAttribute(
                "info",
                findings.stream()
                        .filter(f -> f.severity() == Finding.Severity.INFO)
                        .toList());
        model.addAttribute("roleOptions", Option.roles());
        model.addAttribute("phaseOptions", Option.phases());
        model.addAttribute(
                "eventOptions",
                eventCards.bookableSoon().stream()
                        .map(c -> new Option(String.valueOf(c.eventId()), c.title() + ", " + c.when(), null))
                        .toList());
        model.addAttribute(
                "clusterOptions",
                directory.clusters().entrySet().stream()
                        .map(c -> new Option(String.valueOf(c.getKey()), c.getValue(), null))
                        .toList());
        model.addAttribute(
                "contactOptions",
                contacts.on(review.today()).stream()
                        .map(c -> new Option(
                                String.valueOf(c.postId()),
                                c.name() + ", " + c.jobTitle() + " (" + c.teamName() + ")",
                                null))
                        .toList());
        if (article != null) {
            model.addAttribute("attachments", attachments.of(article.id()));
            model.addAttribute("reach", directory.reach(article.audience().toAudience(), review.today()));
            model.addAttribute("contact", newsroom.contact(article).orElse(null));
        }
        return "bulletins/article";
    }

    /** What the form is checked against: the directory's districts and clusters, and events one can book. */
    private ArticleFormValidator.Known known() {
        return new ArticleFormValidator.Known(
                this::knownDistrict, directory.clusters().keySet(), eventCards::card);
    }

    private boolean knownDistrict(String district) {
        return directory
                        .reach(Audience.everyone().inDistricts(district), review.today())
                        .organisationsInScope()
                > 0;
    }

    private Article find(long id) {
        return articles.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
