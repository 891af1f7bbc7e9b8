package uk.headsup.bulletins.internal.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import uk.headsup.accounts.SignInHint;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.events.EventCard;
import uk.headsup.events.EventCards;
import uk.headsup.platform.Authority;

/**
 * The archive's edition and article pages: what they show, and, for visitors who are not signed in, the page
 * rendered once to bytes (the layout without navigation, and no script nonce: the cache's CSP names the inline
 * script by its hash instead).
 */
@Component
public class ArchivePages {

    /**
     * A page of the archive and the edition it belongs to.
     *
     * @param live whether it shows something that changes without the edition changing (an event's places left),
     *     so must not be kept rendered
     */
    public record Page(String view, Map<String, Object> model, PublishedEdition edition, boolean live) {}

    private final PublishedArchive archive;
    private final TemplateEngine templates;
    private final Authority authority;
    private final EventCards eventCards;
    /** A demonstration installation: its pages say so, kept ones too. */
    private final boolean demo;

    ArchivePages(
            PublishedArchive archive,
            TemplateEngine templates,
            Authority authority,
            EventCards eventCards,
            ObjectProvider<SignInHint.Source> hints) {
        this.demo = hints.orderedStream().anyMatch(s -> !s.hints().isEmpty());
        this.archive = archive;
        this.templates = templates;
        this.authority = authority;
        this.eventCards = eventCards;
    }

    Optional<PublishedEdition> edition(String seriesKey, int number) {
        return archive.editionId(seriesKey, number).flatMap(archive::edition);
    }

    /** The edition page, or one of its articles (slug not null); empty if there is no such page. */
    public Optional<Page> page(String seriesKey, int number, String slug) {
        Optional<PublishedEdition> edition = edition(seriesKey, number);
        if (edition.isEmpty()) {
            return Optional.empty();
        }
        PublishedEdition e = edition.get();
        Map<String, Object> model = new HashMap<>();
        model.put("edition", e);
        if (e.publicArchive()) {
            feed(model, e.seriesKey(), e.seriesName());
        }
        if (slug == null) {
            Map<Long, EventCard> cards = cards(e.articles());
            model.put("cards", cards);
            return Optional.of(new Page("bulletins/archive/edition", model, e, !cards.isEmpty()));
        }
        Optional<PublishedEdition.Article> article =
                e.articles().stream().filter(a -> a.slug().equals(slug)).findFirst();
        if (article.isEmpty()) {
            return Optional.empty();
        }
        model.put("article", article.get());
        List<PublishedEdition.Article> all = e.articles();
        int index = all.indexOf(article.get());
        model.put("previous", index > 0 ? all.get(index - 1) : null);
        model.put("next", index < all.size() - 1 ? all.get(index + 1) : null);
        Map<Long, EventCard> cards = cards(List.of(article.get()));
        model.put("cards", cards);
        return Optional.of(new Page("bulletins/archive/article", model, e, !cards.isEmpty()));
    }

    /** For the layout's {@code <link rel="alternate">}: the series' Atom feed, which feed readers find on its pages. */
    public static void feed(Map<String, Object> model, String seriesKey, String seriesName) {
        model.put("atomFeedHref", "/bulletins/" + seriesKey + "/feed.atom");
        model.put("atomFeedTitle", seriesName + " (Atom feed)");
    }

    /** The event cards of articles whose call to action points to an event, by published article id. */
    Map<Long, EventCard> cards(List<PublishedEdition.Article> articles) {
        Map<Long, EventCard> cards = new HashMap<>();
        for (PublishedEdition.Article a : articles) {
            if (a.callToAction() != null) {
                EventCards.eventId(a.callToAction().url())
                        .flatMap(eventCards::card)
                        .ifPresent(card -> cards.put(a.id(), card));
            }
        }
        return cards;
    }

    /** The page as a visitor who is not signed in sees it, rendered to HTML. */
    String renderForVisitors(Page page, String path) {
        Context context = new Context(Locale.UK);
        context.setVariables(page.model());
        context.setVariable("authority", authority);
        context.setVariable("currentPath", path);
        context.setVariable("currentUser", null);
        context.setVariable("demoInstallation", demo);
        context.setVariable("navigation", List.of());
        context.setVariable("forYou", List.of());
        return templates.process(page.view(), context);
    }
}
