package uk.headsup.bulletins.internal.attention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.Reader;
import uk.headsup.bulletins.internal.Readers;
import uk.headsup.bulletins.internal.articles.Articles;
import uk.headsup.bulletins.internal.articles.ContentReview;
import uk.headsup.events.EventBookings;
import uk.headsup.events.EventCards;
import uk.headsup.platform.ActionDue;
import uk.headsup.platform.ActionsDue;

/**
 * "What needs your attention": the calls to action with deadlines from published articles for this reader (the
 * same rule as the web edition and the emails), soonest first, each of which they may mark done or dismiss; one
 * that asks them to book an event is done once they hold a place (booked by them or for them), and one whose page
 * belongs to another module is done once that module says so (a safeguarding audit return submitted). An article carried in
 * several editions asks once. Deadlines that passed more than a week ago drop off.
 */
@Service
@Transactional
public class Attention implements ActionsDue {

    static final int DAYS_AFTER_DEADLINE = 7;
    public static final String LIST = "/bulletins/attention";

    /** One call to action for one reader. */
    public record Item(
            long articleId,
            String articleTitle,
            String articlePath,
            String text,
            String url,
            LocalDate deadline,
            String edition,
            ActionDue.Status status,
            boolean seenDone) {

        public boolean overdue(LocalDate today) {
            return deadline.isBefore(today);
        }

        /** What the list says of a closed item: Heads Up saw it done (a place held, a return submitted), or the reader said so. */
        public String tag() {
            if (seenDone) {
                return EventCards.eventId(url).isPresent() ? "Booked" : "Done";
            }
            return status == ActionDue.Status.DONE ? "Done" : "Dismissed";
        }

        Item doneAsSeen() {
            return new Item(
                    articleId, articleTitle, articlePath, text, url, deadline, edition, ActionDue.Status.DONE, true);
        }
    }

    private final JdbcClient jdbc;
    private final Readers readers;
    private final ContentReview review;
    private final EventBookings bookings;
    /** Every module's actions, this one's aside: what they see done ticks off a call to action to the same page. */
    private final ObjectProvider<ActionsDue> elsewhere;

    Attention(
            JdbcClient jdbc,
            Readers readers,
            ContentReview review,
            EventBookings bookings,
            ObjectProvider<ActionsDue> elsewhere) {
        this.jdbc = jdbc;
        this.readers = readers;
        this.review = review;
        this.bookings = bookings;
        this.elsewhere = elsewhere;
    }

    /** The items for this school user, soonest deadline first; none for someone the directory does not know. */
    public List<Item> itemsFor(String email) {
        return readers.byEmail(email).map(r -> itemsFor(email, r)).orElse(List.of());
    }

    List<Item> itemsFor(String email, Reader reader) {
        Map<Long, ActionDue.Status> marked = new HashMap<>();
        jdbc.sql("select article_id, state from bulletin_attention where person_email = lower(:email)")
                .param("email", email)
                .query((rs, n) -> marked.put(rs.getLong(1), ActionDue.Status.valueOf(rs.getString(2))))
                .list();
        List<Item> items = new ArrayList<>();
        jdbc.sql("""
                        select distinct on (pa.article_id) pa.article_id, pa.title, s.key, e.number, pa.slug, pa.cta_text,
                               pa.cta_url, pa.cta_deadline, s.name, pa.audience_roles, pa.audience_phases,
                               pa.audience_districts, pa.audience_clusters
                          from bulletin_published_articles pa
                          join bulletin_editions e on e.id = pa.edition_id
                          join bulletin_series s on s.id = pa.series_id
                         where pa.cta_deadline >= :since
                         order by pa.article_id, e.published_at desc
                        """)
                .param("since", review.today().minusDays(DAYS_AFTER_DEADLINE))
                .query((rs, n) -> {
                    ArticleAudience audience = Articles.audience(rs, "audience_");
                    if (audience.reaches(reader)) {
                        long id = rs.getLong(1);
                        items.add(new Item(
                                id,
                                rs.getString(2),
                                "/bulletins/" + rs.getString(3) + "/" + rs.getInt(4) + "/" + rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getDate(8).toLocalDate(),
                                rs.getString(9) + " " + rs.getInt(4),
                                marked.getOrDefault(id, ActionDue.Status.OPEN),
                                false));
                    }
                    return null;
                })
                .list();
        items.sort(Comparator.comparing(Item::deadline).thenComparing(Item::articleTitle));
        List<Item> afterBookings = tickOffBooked(email, items);
        if (afterBookings.stream()
                .noneMatch(i -> i.status() == ActionDue.Status.OPEN && i.url().startsWith("/"))) {
            return afterBookings;
        }
        List<ActionDue> others = elsewhere.stream()
                .filter(a -> !(a instanceof Attention))
                .flatMap(a -> a.actionsDue(email).stream())
                .toList();
        return doneElsewhere(afterBookings, others);
    }

    /**
     * An open call to action to a page of this site is done once the module that owns the page lists, for this
     * reader, actions there (as their page or the list they are managed from) and every one of them is done.
     */
    static List<Item> doneElsewhere(List<Item> items, List<ActionDue> others) {
        return items.stream()
                .map(i -> {
                    if (i.status() != ActionDue.Status.OPEN || !i.url().startsWith("/")) {
                        return i;
                    }
                    List<ActionDue> there = others.stream()
                            .filter(a -> i.url().equals(a.link()) || i.url().equals(a.manageLink()))
                            .toList();
                    return !there.isEmpty() && there.stream().allMatch(a -> a.status() == ActionDue.Status.DONE)
                            ? i.doneAsSeen()
                            : i;
                })
                .toList();
    }

    /** An action that is an event's booking page is done once the reader holds a place, whoever booked it. */
    private List<Item> tickOffBooked(String email, List<Item> items) {
        Set<Long> events = new HashSet<>();
        items.forEach(i -> EventCards.eventId(i.url()).ifPresent(events::add));
        if (events.isEmpty()) {
            return items;
        }
        Set<Long> booked = bookings.bookedBy(email, events);
        return items.stream()
                .map(i -> EventCards.eventId(i.url()).filter(booked::contains).isPresent()
                        ? new Item(
                                i.articleId(),
                                i.articleTitle(),
                                i.articlePath(),
                                i.text(),
                                i.url(),
                                i.deadline(),
                                i.edition(),
                                ActionDue.Status.DONE,
                                true)
                        : i)
                .toList();
    }

    public void mark(String email, long articleId, ActionDue.Status status) {
        if (status == ActionDue.Status.OPEN) {
            jdbc.sql("delete from bulletin_attention where person_email = lower(:email) and article_id = :article")
                    .param("email", email)
                    .param("article", articleId)
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into bulletin_attention (person_email, article_id, state) values (lower(:email), :article, :state)
                        on conflict (person_email, article_id) do update set state = excluded.state, marked_at = now()
                        """)
                .param("email", email)
                .param("article", articleId)
                .param("state", status.name())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionDue> actionsDue(String email) {
        return itemsFor(email).stream()
                .map(i -> new ActionDue(i.text(), i.deadline(), i.url(), i.edition(), LIST, i.status()))
                .toList();
    }

    public LocalDate today() {
        return review.today();
    }
}
