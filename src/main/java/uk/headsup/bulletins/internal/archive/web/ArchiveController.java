package uk.headsup.bulletins.internal.archive.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.bulletins.Reader;
import uk.headsup.bulletins.internal.Option;
import uk.headsup.bulletins.internal.Readers;
import uk.headsup.bulletins.internal.archive.ArchivePages;
import uk.headsup.bulletins.internal.archive.ArchiveSearch;
import uk.headsup.bulletins.internal.archive.AtomFeed;
import uk.headsup.bulletins.internal.archive.PublishedArchive;
import uk.headsup.bulletins.internal.articles.Attachments;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;

/**
 * The web archive under {@code /bulletins}: series, editions by year, edition and article pages with permanent
 * addresses, search, and an Atom feed per series. Series with a public archive are open to anyone; the others to
 * signed-in staff only.
 */
@Controller
class ArchiveController {

    private final SeriesCatalogue series;
    private final PublishedArchive archive;
    private final ArchivePages pages;
    private final ArchiveSearch search;
    private final Readers readers;
    private final AtomFeed feed;
    private final Attachments attachments;
    private final SearchFormValidator validator;

    ArchiveController(
            SeriesCatalogue series,
            PublishedArchive archive,
            ArchivePages pages,
            ArchiveSearch search,
            Readers readers,
            AtomFeed feed,
            Attachments attachments,
            SearchFormValidator validator) {
        this.validator = validator;
        this.series = series;
        this.archive = archive;
        this.pages = pages;
        this.search = search;
        this.readers = readers;
        this.feed = feed;
        this.attachments = attachments;
    }

    @GetMapping("/bulletins")
    String index(Authentication authentication, Model model) {
        boolean signedIn = signedIn(authentication);
        List<Series> visible =
                series.all().stream().filter(s -> s.publicArchive() || signedIn).toList();
        model.addAttribute("series", visible);
        model.addAttribute(
                "latest",
                visible.stream()
                        .collect(Collectors.toMap(
                                Series::key,
                                s -> archive.latest(s.key(), 3).stream()
                                        .map(id -> archive.edition(id).orElseThrow())
                                        .toList())));
        model.addAttribute("signedIn", signedIn);
        return "bulletins/archive/index";
    }

    @GetMapping("/bulletins/search")
    String search(
            @ModelAttribute("form") SearchForm form, BindingResult errors, Authentication authentication, Model model) {
        boolean signedIn = signedIn(authentication);
        List<Series> visible = this.series.all().stream()
                .filter(s -> s.publicArchive() || signedIn)
                .toList();
        model.addAttribute(
                "seriesOptions",
                visible.stream().map(s -> new Option(s.key(), s.name(), null)).toList());
        model.addAttribute(
                "sectionOptions",
                search.sections().stream().map(t -> new Option(t, t, null)).toList());
        SearchFormValidator.Criteria criteria = validator.check(form, errors);
        if (criteria != null && !criteria.words().isEmpty()) {
            // Only the series this reader may see; of those, the one chosen (none if it is not one of them).
            List<Long> seriesIds = visible.stream()
                    .filter(s -> criteria.series().isEmpty() || s.key().equals(criteria.series()))
                    .map(Series::id)
                    .toList();
            model.addAttribute(
                    "results",
                    search.search(new ArchiveSearch.Query(
                            criteria.words(),
                            seriesIds,
                            criteria.section(),
                            criteria.from(),
                            criteria.to(),
                            criteria.page())));
        }
        return "bulletins/archive/search";
    }

    @GetMapping("/bulletins/{seriesKey:[a-z0-9-]+}")
    String series(
            @PathVariable String seriesKey,
            @RequestParam(required = false) Integer year,
            Authentication authentication,
            Model model) {
        Series s = visibleSeries(seriesKey, authentication);
        List<Integer> years = archive.years(s.id());
        int shown = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
        model.addAttribute("s", s);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("editions", archive.editions(s.id(), shown));
        if (s.publicArchive()) {
            ArchivePages.feed(model.asMap(), s.key(), s.name());
        }
        return "bulletins/archive/series";
    }

    @GetMapping("/bulletins/{seriesKey:[a-z0-9-]+}/{number:[0-9]{1,9}}")
    String edition(
            @PathVariable String seriesKey,
            @PathVariable int number,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        return page(seriesKey, number, null, authentication, model, response);
    }

    @GetMapping("/bulletins/{seriesKey:[a-z0-9-]+}/{number:[0-9]{1,9}}/{slug:[a-z0-9-]+}")
    String article(
            @PathVariable String seriesKey,
            @PathVariable int number,
            @PathVariable String slug,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        return page(seriesKey, number, slug, authentication, model, response);
    }

    private String page(
            String seriesKey,
            int number,
            String slug,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        visibleSeries(seriesKey, authentication);
        ArchivePages.Page page = pages.page(seriesKey, number, slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAllAttributes(page.model());
        Optional<Reader> reader = readers.of(authentication);
        model.addAttribute(
                "forYou", reader.map(r -> page.edition().targetedAt(r)).orElse(List.of()));
        return page.view();
    }

    @GetMapping(value = "/bulletins/{seriesKey:[a-z0-9-]+}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String seriesKey, Authentication authentication) {
        Series s = visibleSeries(seriesKey, authentication);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feed.of(s));
    }

    @GetMapping("/bulletins/attachments/{id:[0-9]+}/{name}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, Authentication authentication) {
        Attachments.Content content =
                attachments.content(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean staff = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_AUTHORITY_STAFF"));
        boolean allowed = staff || content.publicArchive() || (content.published() && signedIn(authentication));
        if (!allowed) {
            if (!signedIn(authentication)) {
                throw new AccessDeniedException("Sign in to download this file");
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.attachment().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    /** The series if this visitor may read it: anyone for a public archive, signed-in staff otherwise. */
    private Series visibleSeries(String key, Authentication authentication) {
        Series s = series.byKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!s.publicArchive() && !signedIn(authentication)) {
            // Spring Security sends the visitor to sign in, and back here afterwards.
            throw new AccessDeniedException("The " + s.name() + " archive is for signed-in staff");
        }
        return s;
    }

    static boolean signedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_AUTHORITY_STAFF")
                                || a.getAuthority().equals("ROLE_SCHOOL_STAFF"));
    }

    static Optional<SignedInUser> user(Model model) {
        return Optional.ofNullable((SignedInUser) model.getAttribute("currentUser"));
    }
}
