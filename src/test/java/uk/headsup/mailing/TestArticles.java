package uk.headsup.mailing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * A bulletin-like content for mailing's own tests, picked up from the test classpath: each article is meant for some
 * roles or phases (or is essential, or marketing), and each recipient gets only theirs, chosen once per variant.
 */
@Component
public class TestArticles implements MailshotContent {

    public static final String NAME = "test.articles";
    public static final String MARKETING = "marketing:test-training";

    record Article(
            String tag, String title, Set<OrganisationRole> roles, Set<Phase> phases, String topic, boolean essential) {

        boolean isFor(MailshotRecipient r) {
            if (essential) {
                return true;
            }
            boolean post = r.posts().isEmpty() && roles.isEmpty() && phases.isEmpty()
                    || r.posts().stream()
                            .anyMatch(p -> (roles.isEmpty() || roles.contains(p.role()))
                                    && (phases.isEmpty() || phases.contains(p.phase())));
            return post && r.wants(topic);
        }
    }

    public static final List<Article> ARTICLES = List.of(
            new Article("article:1", "Safeguarding alert", Set.of(), Set.of(), null, true),
            new Article("article:2", "SEND funding for SENCos", Set.of(OrganisationRole.SENCO), Set.of(), null, false),
            new Article("article:3", "Secondary admissions round", Set.of(), Set.of(Phase.SECONDARY), null, false),
            new Article(
                    "article:4",
                    "Key stage 2 assessment dates",
                    Set.of(OrganisationRole.HEADTEACHER),
                    Set.of(Phase.PRIMARY),
                    null,
                    false),
            new Article("article:5", "Book paid leadership training", Set.of(), Set.of(), MARKETING, false));

    private final Map<String, List<Article>> variants = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RenderedEmail render(String reference, MailshotRecipient recipient, MailshotLinks links) {
        List<Article> mine = variants.computeIfAbsent(
                recipient.variant(),
                v -> ARTICLES.stream().filter(a -> a.isFor(recipient)).toList());
        String name = recipient.name() == null ? "colleague" : recipient.name();
        StringBuilder html = new StringBuilder(
                        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
                .append("Bulletin ")
                .append(reference)
                .append("</title></head><body><main><h1>Bulletin ")
                .append(HtmlUtils.htmlEscape(reference))
                .append("</h1><p>Dear ")
                .append(HtmlUtils.htmlEscape(name))
                .append(",</p>");
        StringBuilder text = new StringBuilder("Bulletin " + reference + "\n\nDear " + name + ",\n\n");
        for (Article a : mine) {
            String link =
                    links.track("https://headsup.example/articles/" + a.tag().substring(8), a.tag(), a.title());
            html.append("<h2>")
                    .append(a.title())
                    .append("</h2><p><a href=\"")
                    .append(HtmlUtils.htmlEscape(link))
                    .append("\">Read ")
                    .append(a.title())
                    .append("</a></p>");
            text.append(a.title()).append("\n").append(link).append("\n\n");
        }
        html.append("<p><a href=\"")
                .append(HtmlUtils.htmlEscape(links.preferences()))
                .append("\">Choose which emails you get</a></p>");
        text.append("Choose which emails you get: ").append(links.preferences()).append("\n");
        links.unsubscribe()
                .ifPresent(u -> text.append("Unsubscribe: ").append(u).append("\n"));
        links.openPixel().ifPresent(p -> html.append("<img src=\"").append(p).append("\" alt=\"\">"));
        html.append("</main></body></html>");
        return new RenderedEmail("Bulletin " + reference + " for " + name, html.toString(), text.toString());
    }

    public static Set<String> titles(String text) {
        return ARTICLES.stream().map(Article::title).filter(text::contains).collect(Collectors.toSet());
    }
}
