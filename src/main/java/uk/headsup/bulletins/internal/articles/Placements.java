package uk.headsup.bulletins.internal.articles;

import java.time.LocalDate;
import java.util.List;
import uk.headsup.bulletins.PublishedEdition;

/**
 * What the newsroom needs to know of the editions that articles are placed in. The editions package implements it:
 * editions are made of articles, so they know articles, and articles know editions only through this.
 */
public interface Placements {

    /** The editions carrying the article that are with the publisher, by name ("Weekly bulletin 12"). */
    List<String> withThePublisher(long articleId);

    /** The names of the states of an edition still being put together (not yet published), for a query's bind. */
    List<String> unpublishedStates();

    /** Places the article, flagged for the daily briefing and submitted, in the next daily briefing draft. */
    void carryToTheDailyBriefing(Article article, Author author);

    /** The article as it would be published on this date, alone in an edition of one section. */
    PublishedEdition preview(Article article, LocalDate on);
}
