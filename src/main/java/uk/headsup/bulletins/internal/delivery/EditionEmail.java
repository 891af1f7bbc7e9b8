package uk.headsup.bulletins.internal.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import uk.headsup.bulletins.Bulletins;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.Reader;
import uk.headsup.directory.Audience;
import uk.headsup.directory.Directory;
import uk.headsup.mailing.EmailTemplates;
import uk.headsup.mailing.MailshotContent;
import uk.headsup.mailing.MailshotLinks;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.MailshotSlots;
import uk.headsup.mailing.RenderedEmail;
import uk.headsup.mailing.SlotTemplate;
import uk.headsup.platform.Caches;
import uk.headsup.platform.Site;
import uk.headsup.platform.format.HtmlText;

/**
 * An edition as one reader gets it by email: only the articles for their roles, phases and places, less the
 * sections and the promotion they turned off (essential articles always), greeted by name, with the foreword, the
 * calls to action and their deadlines, tracked links to each article and a link to the web version. Rendered once
 * per variant of reader; each message fills in the name and its own signed links.
 */
@Component
class EditionEmail implements MailshotContent {

    static final String NAME = "bulletins.edition";
    private static final String ESSENTIAL = ":essential";
    private static final String TEMPLATE = "bulletins/email/edition";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** Enough for every variant of a few editions at once (rendering is pure, so a dropped one is rendered again). */
    private static final int MAX_CACHED = 5_000;

    private final Bulletins bulletins;
    private final Directory directory;
    private final EmailTemplates templates;
    private final Site site;
    private final Cache<String, Prepared> editions;
    private final Cache<String, Variant> variants;

    EditionEmail(Bulletins bulletins, Directory directory, EmailTemplates templates, Site site, Caches caches) {
        this.bulletins = bulletins;
        this.directory = directory;
        this.templates = templates;
        this.site = site;
        this.editions = caches.idle("bulletins.edition-emails", 50, Duration.ofHours(1));
        this.variants = caches.idle("bulletins.edition-email-variants", MAX_CACHED, Duration.ofHours(1));
    }

    @Override
    public String name() {
        return NAME;
    }

    /** How authority staff know the send: "Heads Up 142, 12 September 2026". */
    static String title(PublishedEdition edition) {
        return edition.title() + ", " + DATE.format(edition.date());
    }

    /** What the essential items of an edition render from: {@code 42:essential}. */
    static String essentialReference(long editionId) {
        return editionId + ESSENTIAL;
    }

    /** "Heads Up 142, 12 September 2026: essential items to who turned Heads Up off". */
    static String essentialTitle(PublishedEdition edition) {
        return title(edition) + ": essential items to who turned " + edition.seriesName() + " off";
    }

    @Override
    public RenderedEmail render(String reference, MailshotRecipient recipient, MailshotLinks links) {
        Prepared prepared = editions.get(reference, this::prepare);
        Reader reader = prepared.places().reader(recipient);
        boolean unsubscribe = links.unsubscribe().isPresent();
        boolean pixel = links.openPixel().isPresent();
        String key = reference + "|" + Places.key(reader) + "|" + new TreeSet<>(recipient.unwanted()) + "|"
                + unsubscribe + "|" + pixel;
        Variant variant = variants.get(key, k -> variant(prepared, reader, recipient, unsubscribe, pixel));

        MailshotSlots slots = MailshotSlots.of(
                recipient.name() == null || recipient.name().isBlank() ? "colleague" : recipient.name(), links);
        variant.links().forEach((slot, link) -> slots.put(slot, links.track(link.url(), link.tag(), link.label())));
        return slots.fill(variant.subject(), variant.html(), variant.text());
    }

    /**
     * The message a reader would get of an edition that may not be published yet (an editor's preview): every
     * section wanted, with its links going straight to where they lead rather than through click tracking.
     */
    RenderedEmail preview(PublishedEdition edition, Reader reader, String name) {
        MailshotRecipient recipient = new MailshotRecipient(name, "", List.of(), Set.of());
        Variant variant = variant(new Prepared(edition, null, false), reader, recipient, true, false);
        MailshotLinks links = new MailshotLinks() {
            @Override
            public String track(String url, String tag) {
                return url;
            }

            @Override
            public String track(String url, String tag, String label) {
                return url;
            }

            @Override
            public String preferences() {
                return site.link("/account");
            }

            @Override
            public Optional<String> unsubscribe() {
                return Optional.of(site.link("/account"));
            }

            @Override
            public Optional<String> openPixel() {
                return Optional.empty();
            }
        };
        MailshotSlots slots = MailshotSlots.of(name, links);
        variant.links().forEach((slot, link) -> slots.put(slot, link.url()));
        return slots.fill(variant.subject(), variant.html(), variant.text());
    }

    /** @param essentialOnly the essential articles only, to someone who turned the series off */
    private record Prepared(PublishedEdition edition, Places places, boolean essentialOnly) {}

    private Prepared prepare(String reference) {
        boolean essentialOnly = reference.endsWith(ESSENTIAL);
        long id = Long.parseLong(
                essentialOnly ? reference.substring(0, reference.length() - ESSENTIAL.length()) : reference);
        PublishedEdition edition = bulletins
                .publishedEdition(id)
                .orElseThrow(() -> new IllegalStateException("Edition " + id + " is not published"));
        return new Prepared(edition, Places.of(edition, directory, LocalDate.now(LONDON)), essentialOnly);
    }

    /** A tracked link of the message: where it goes, what clicks on it count as, and its label on the report. */
    record Link(String url, String tag, String label) {}

    /** One variant's message with its slots, and the tracked links that fill them. */
    private record Variant(String subject, SlotTemplate html, SlotTemplate text, Map<String, Link> links) {}

    /** An article as the email shows it, with the slots of its links. */
    record ArticleView(
            String title,
            String summary,
            boolean essential,
            boolean forYou,
            String link,
            String ctaText,
            String ctaDeadline,
            String ctaLink,
            String contact) {}

    record SectionView(String title, List<ArticleView> articles) {}

    /** A call to action in the list at the top: what, by when, and from which article. */
    record ActionView(String text, String deadline, String link, String article) {}

    private Variant variant(
            Prepared prepared, Reader reader, MailshotRecipient recipient, boolean unsubscribe, boolean pixel) {
        PublishedEdition edition = prepared.edition();
        Map<String, Link> links = new LinkedHashMap<>();
        List<SectionView> sections = new ArrayList<>();
        List<ActionView> actions = new ArrayList<>();
        List<String> targeted = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (PublishedEdition.Section section : edition.forReader(reader).sections()) {
            List<ArticleView> articles = new ArrayList<>();
            for (PublishedEdition.Article a : section.articles()) {
                if (prepared.essentialOnly() ? !a.essential() : !wanted(a, recipient)) {
                    continue;
                }
                String tag = tag(a);
                String articleSlot = "ARTICLE" + letters(links.size());
                links.put(articleSlot, new Link(site.link(a.path()), tag, a.title()));
                PublishedEdition.CallToAction cta = a.callToAction();
                String ctaSlot = null;
                String deadline = null;
                if (cta != null && cta.url() != null && !cta.url().isBlank()) {
                    ctaSlot = "ACTION" + letters(links.size());
                    links.put(ctaSlot, new Link(absolute(cta.url()), tag, a.title()));
                    deadline = cta.deadline() == null ? null : DEADLINE.format(cta.deadline());
                    if (cta.deadline() != null) {
                        actions.add(new ActionView(cta.text(), deadline, SlotTemplate.slot(ctaSlot), a.title()));
                    }
                }
                articles.add(new ArticleView(
                        a.title(),
                        a.summary(),
                        a.essential(),
                        a.targetedAt(reader),
                        SlotTemplate.slot(articleSlot),
                        cta == null ? null : cta.text(),
                        deadline,
                        ctaSlot == null ? null : SlotTemplate.slot(ctaSlot),
                        contactLine(a.contact())));
                if (a.targetedAt(reader)) {
                    targeted.add(a.title());
                } else {
                    titles.add(a.title());
                }
            }
            if (!articles.isEmpty()) {
                sections.add(new SectionView(section.title(), articles));
            }
        }
        links.put("WEB", new Link(site.link(edition.path()), "edition", "The edition on the web"));
        targeted.addAll(titles);
        String subject = subject(edition, targeted);
        PublishedEdition.Officer signer = edition.signedBy();
        Map<String, Object> model = new HashMap<>();
        model.put("edition", edition);
        model.put("date", DATE.format(edition.date()));
        model.put("sections", sections);
        model.put("actions", actions);
        model.put("foreword", edition.forewordHtml() == null ? "" : edition.forewordHtml());
        model.put("forewordText", HtmlText.of(edition.forewordHtml()));
        model.put("signer", signer);
        model.put("signerLine", signer == null ? null : contact(signer));
        model.put("unsubscribe", unsubscribe);
        model.put("pixel", pixel);
        model.put("essentialOnly", prepared.essentialOnly());
        model.put("slotNAME", SlotTemplate.slot("NAME"));
        model.put("slotWEB", SlotTemplate.slot("WEB"));
        model.put("slotPREFERENCES", SlotTemplate.slot("PREFERENCES"));
        model.put("slotUNSUBSCRIBE", SlotTemplate.slot("UNSUBSCRIBE"));
        model.put("slotPIXEL", SlotTemplate.slot("PIXEL"));
        RenderedEmail parts = templates.render(TEMPLATE, subject, model);
        return new Variant(subject, new SlotTemplate(parts.html()), new SlotTemplate(parts.text()), links);
    }

    /** What the reach report counts an article's links by: {@code article:17}, the published copy's id. */
    static String tag(PublishedEdition.Article article) {
        return "article:" + article.id();
    }

    /** Essential articles always; otherwise not from a section turned off, nor promotion to who turned it off. */
    static boolean wanted(PublishedEdition.Article article, MailshotRecipient recipient) {
        if (article.essential()) {
            return true;
        }
        return recipient.wants(EditionTopics.section(article.section()))
                && (!article.marketing() || recipient.wants(EditionTopics.MARKETING));
    }

    /** "Heads Up 142, 12 September 2026: Fair Access Protocol dates and 2 more", the reader's own articles first. */
    static String subject(PublishedEdition edition, List<String> titles) {
        String subject = title(edition);
        if (titles.isEmpty()) {
            return subject;
        }
        return subject + ": " + titles.get(0) + (titles.size() == 1 ? "" : " and " + (titles.size() - 1) + " more");
    }

    private String absolute(String url) {
        return url.startsWith("/") ? site.link(url) : url;
    }

    private static String contact(PublishedEdition.Officer officer) {
        if (officer == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(officer.name());
        if (officer.jobTitle() != null && !officer.jobTitle().isBlank()) {
            line.append(", ").append(officer.jobTitle());
        }
        if (officer.coverNote() != null && !officer.coverNote().isBlank()) {
            line.append(" (").append(officer.coverNote()).append(")");
        }
        return line.toString();
    }

    /** An article's contact as a reader reaches them: "Owen Reid, Senior SEND Officer, owen.reid@…, 01632 960123". */
    static String contactLine(PublishedEdition.Officer officer) {
        String line = contact(officer);
        if (line == null) {
            return null;
        }
        StringBuilder details = new StringBuilder(line);
        for (String way : new String[] {officer.email(), officer.phone()}) {
            if (way != null && !way.isBlank()) {
                details.append(", ").append(way.strip());
            }
        }
        return details.toString();
    }

    /** 0 is A, 25 is Z, 26 is BA: slot names are capital letters only. */
    static String letters(int n) {
        String s = "";
        do {
            s = (char) ('A' + n % 26) + s;
            n /= 26;
        } while (n > 0);
        return s;
    }

    /** Where each recipient's schools and settings are, for articles aimed at districts or clusters. */
    record Places(Map<Long, String> districts, Map<Long, Set<Long>> clusters) {

        static Places of(PublishedEdition edition, Directory directory, LocalDate on) {
            Map<Long, String> districts = new HashMap<>();
            Map<Long, Set<Long>> clusters = new HashMap<>();
            Set<String> named = new TreeSet<>();
            Set<Long> clusterIds = new TreeSet<>();
            edition.articles().forEach(a -> {
                named.addAll(a.audience().districts());
                clusterIds.addAll(a.audience().clusters());
            });
            for (String district : named) {
                directory
                        .members(Audience.everyone().inDistricts(district), on)
                        .forEach(m -> districts.put(m.organisationId(), district));
            }
            for (Long cluster : clusterIds) {
                directory
                        .members(Audience.everyone().inClusters(cluster), on)
                        .forEach(m -> clusters.computeIfAbsent(m.organisationId(), k -> new TreeSet<>())
                                .add(cluster));
            }
            return new Places(districts, clusters);
        }

        /** The recipient as a reader: each post with its organisation's district and clusters where they matter. */
        Reader reader(MailshotRecipient recipient) {
            return new Reader(recipient.posts().stream()
                    .map(p -> new Reader.Post(
                            p.role(),
                            p.phase(),
                            districts.getOrDefault(p.organisationId(), ""),
                            clusters.getOrDefault(p.organisationId(), Set.of())))
                    .toList());
        }

        /** What the articles a reader gets can depend on: each post's role, phase, district and clusters. */
        static String key(Reader reader) {
            return reader.posts().stream()
                    .map(p -> p.role() + "@" + p.phase() + "@" + p.district() + "@" + new TreeSet<>(p.clusters()))
                    .distinct()
                    .sorted()
                    .toList()
                    .toString();
        }
    }
}
