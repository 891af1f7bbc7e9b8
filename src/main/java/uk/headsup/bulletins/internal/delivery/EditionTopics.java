package uk.headsup.bulletins.internal.delivery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Topic;

/**
 * What readers can turn off in their preference centre: each series, each section of interest, and the promotion of
 * paid training. Declared when the application is ready and again whenever an edition goes out (a section an
 * editor added, a series renamed).
 */
@Component
class EditionTopics {

    /** Articles that promote paid training: never sent to who turned this off (unless essential). */
    static final String MARKETING = "marketing:paid-training";

    private final Mailshots mailshots;
    private final SeriesCatalogue series;

    EditionTopics(Mailshots mailshots, SeriesCatalogue series) {
        this.mailshots = mailshots;
        this.series = series;
    }

    static String series(String seriesKey) {
        return "series:" + seriesKey;
    }

    /** {@code section:send-and-inclusion} for "SEND and Inclusion": the same title in any series is one topic. */
    static String section(String title) {
        String key = title.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "section:" + (key.isEmpty() ? "untitled" : key);
    }

    @EventListener(ApplicationReadyEvent.class)
    void declareAll() {
        declare(List.of());
    }

    /** Every series and its default sections, then the edition's other sections, with the edition's names. */
    void declare(PublishedEdition edition) {
        declare(edition.sections().stream().map(PublishedEdition.Section::title).toList());
    }

    private void declare(List<String> moreSections) {
        List<Series> all = series.all();
        Set<String> sections = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Series s = all.get(i);
            declareSeries(s.key(), s.name(), s.description(), i + 1);
            sections.addAll(s.defaultSections());
        }
        sections.addAll(moreSections);
        int position = 1;
        for (String title : sections) {
            declareSection(title, position++);
        }
        mailshots.declare(new Topic(
                MARKETING,
                Topic.Kind.MARKETING,
                "Paid training and events",
                "Promotion of courses and events that charge a fee. Essential items still reach you.",
                1));
    }

    private void declareSeries(String key, String name, String description, int position) {
        mailshots.declare(new Topic(
                series(key),
                Topic.Kind.SERIES,
                name,
                description == null || description.isBlank() ? null : description,
                position));
    }

    private void declareSection(String title, int position) {
        mailshots.declare(new Topic(
                section(title),
                Topic.Kind.SECTION,
                title,
                "Articles in the " + title + " section. Essential items still reach you.",
                position));
    }
}
