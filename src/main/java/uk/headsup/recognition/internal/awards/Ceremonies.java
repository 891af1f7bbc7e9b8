package uk.headsup.recognition.internal.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Actor;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.ArticleDrafts;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.EventType;
import uk.headsup.events.NewEvent;
import uk.headsup.events.Vat;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.platform.Site;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.applications.Applications.Refused;

/**
 * The awards ceremony, in one step: from the awards made in a period, an event of the events module (an award
 * ceremony that the leaders and SENCos of such schools and settings may book, two places each), an invitation
 * emailed to the headteacher, setting manager or childminder of every awarded organisation, and a bulletin article
 * draft for the officer listing them with the live count of recognised settings and schools.
 */
@Service
@Transactional
public class Ceremonies {

    static final int PLACES_EACH = 2;

    /** What the officer gives: the period of the awards, and when and where the ceremony is. */
    public record Plan(
            LocalDate awardedFrom,
            LocalDate awardedTo,
            String title,
            LocalDateTime starts,
            LocalDateTime ends,
            String venue,
            String address,
            String accessibility) {}

    public record Ceremony(
            long id, long eventId, Long articleId, LocalDate awardedFrom, LocalDate awardedTo, Instant createdAt) {}

    private final Awards awards;
    private final RecognitionSchemes schemes;
    private final EventPlanning events;
    private final ArticleDrafts drafts;
    private final Mailshots mailshots;
    private final Site site;
    private final JdbcClient jdbc;

    Ceremonies(
            Awards awards,
            RecognitionSchemes schemes,
            EventPlanning events,
            ArticleDrafts drafts,
            Mailshots mailshots,
            Site site,
            JdbcClient jdbc) {
        this.awards = awards;
        this.schemes = schemes;
        this.events = events;
        this.drafts = drafts;
        this.mailshots = mailshots;
        this.site = site;
        this.jdbc = jdbc;
    }

    /** Creates the ceremony, invites every awarded organisation and drafts the article; returns the ceremony's id. */
    public long create(Plan plan, LocalDate today, Actor by) {
        List<Award> awarded = awards.madeBetween(plan.awardedFrom(), plan.awardedTo());
        if (awarded.isEmpty()) {
            throw new Refused(List.of("No award was made between " + Awards.DAY.format(plan.awardedFrom()) + " and "
                    + Awards.DAY.format(plan.awardedTo()) + ": choose another period"));
        }
        Set<Long> organisations =
                awarded.stream().map(Award::organisationId).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<OrganisationKind> kinds = awarded.stream().map(Award::kind).collect(Collectors.toSet());
        long eventId = events.add(
                new NewEvent(
                        EventType.AWARD_CEREMONY,
                        plan.title(),
                        "Celebrating the " + organisations.size() + " schools and settings recognised by the"
                                + " authority's inclusion schemes between "
                                + Awards.DAY.format(plan.awardedFrom()) + " and "
                                + Awards.DAY.format(plan.awardedTo()) + ". " + PLACES_EACH
                                + " places for each of them.",
                        Audience.everyone()
                                .withRoles(EnumSet.of(
                                        OrganisationRole.HEADTEACHER,
                                        OrganisationRole.SETTING_MANAGER,
                                        OrganisationRole.CHILDMINDER,
                                        OrganisationRole.SENCO,
                                        OrganisationRole.EARLY_YEARS_LEAD))
                                .ofKinds(kinds.toArray(OrganisationKind[]::new)),
                        "Recognised schools and settings",
                        List.of(new NewEvent.Session(plan.starts(), plan.ends())),
                        new NewEvent.Venue(plan.venue(), plan.address(), plan.accessibility(), ""),
                        "",
                        by.name(),
                        by.email(),
                        true,
                        organisations.size() * PLACES_EACH,
                        0,
                        Vat.NONE,
                        null,
                        plan.starts().minusDays(1),
                        plan.starts().minusDays(1),
                        PLACES_EACH,
                        true,
                        48,
                        false,
                        2,
                        List.of(),
                        null),
                by.email());
        long id = jdbc.sql("""
                        insert into recognition_ceremonies (event_id, awarded_from, awarded_to, created_by)
                        values (:event, :from, :to, :by) returning id
                        """)
                .param("event", eventId)
                .param("from", plan.awardedFrom())
                .param("to", plan.awardedTo())
                .param("by", by.email())
                .query(Long.class)
                .single();
        for (Award a : awarded) {
            jdbc.sql("insert into recognition_ceremony_invitations (ceremony_id, award_id) values (:id, :award)")
                    .param("id", id)
                    .param("award", a.id())
                    .update();
        }
        String when = Awards.DAY.format(plan.starts().toLocalDate()) + " at "
                + plan.starts().toLocalTime() + ", " + plan.venue();
        mailshots.startNotice(
                "recognition-ceremony:" + id,
                "Invitation: " + plan.title(),
                new Notice(
                        "You are invited: " + plan.title(),
                        "Congratulations on your award. You are invited to the awards ceremony on " + when + ".\n\n"
                                + "Book up to " + PLACES_EACH + " places for your school or setting.",
                        "Book your places",
                        site.link("/events/" + eventId),
                        "recognition-ceremony:" + id),
                null,
                Recipients.of(AwardReminders.LEADERS, organisations),
                "Heads Up");
        long articleId = drafts.draft(new ArticleDrafts.NewDraft(
                "Congratulations to our newly recognised settings and schools",
                count(today),
                article(awarded, plan, eventId, today),
                ArticleAudience.everyone(),
                by.email(),
                by.name()));
        jdbc.sql("update recognition_ceremonies set article_id = :article where id = :id")
                .param("article", articleId)
                .param("id", id)
                .update();
        return id;
    }

    /** "We now have 56 settings recognised..." from the awards in force today. */
    String count(LocalDate today) {
        List<String> parts = new ArrayList<>();
        List<Scheme> settingsFirst = schemes.all().stream()
                .sorted(Comparator.comparing(s -> !s.admits(Scheme.Applicants.EARLY_YEARS)))
                .toList();
        for (Scheme s : settingsFirst) {
            int n = awards.holders(s.key(), today);
            String noun = s.admits(Scheme.Applicants.EARLY_YEARS)
                    ? (n == 1 ? "setting" : "settings")
                    : (n == 1 ? "school" : "schools");
            parts.add(n + " " + noun + " recognised with the " + s.name());
        }
        return "We now have " + String.join(" and ", parts) + ".";
    }

    private String article(List<Award> awarded, Plan plan, long eventId, LocalDate today) {
        Map<String, String> names =
                schemes.all().stream().collect(Collectors.toMap(Scheme::key, Scheme::name, (a, b) -> a));
        StringBuilder body = new StringBuilder("Congratulations to the settings and schools recognised between ")
                .append(Awards.DAY.format(plan.awardedFrom()))
                .append(" and ")
                .append(Awards.DAY.format(plan.awardedTo()))
                .append(":\n\n");
        int unnamed = 0;
        for (Award a : awarded) {
            if (!a.listed()) {
                unnamed++;
                continue;
            }
            body.append("- ")
                    .append(a.name())
                    .append(a.district() == null || a.kind() == OrganisationKind.CHILDMINDER ? "" : ", " + a.district())
                    .append(": ")
                    .append(names.getOrDefault(a.schemeKey(), a.schemeKey()))
                    .append('\n');
        }
        if (unnamed > 0) {
            body.append("- and ")
                    .append(unnamed)
                    .append(unnamed == 1 ? " childminder" : " childminders")
                    .append('\n');
        }
        body.append('\n').append(count(today)).append("\n\n");
        body.append("They are invited to ")
                .append(plan.title())
                .append(" on ")
                .append(Awards.DAY.format(plan.starts().toLocalDate()))
                .append(": [book your places](/events/")
                .append(eventId)
                .append(").\n\nFind every recognised setting and school on the")
                .append(" [public register](/recognition/register).\n");
        return body.toString();
    }

    @Transactional(readOnly = true)
    public List<Ceremony> all() {
        return jdbc.sql("select * from recognition_ceremonies order by created_at desc, id desc")
                .query((rs, n) -> new Ceremony(
                        rs.getLong("id"),
                        rs.getLong("event_id"),
                        (Long) rs.getObject("article_id"),
                        rs.getObject("awarded_from", LocalDate.class),
                        rs.getObject("awarded_to", LocalDate.class),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Ceremony> find(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    /** The awards invited to a ceremony. */
    @Transactional(readOnly = true)
    public List<Award> invited(long ceremonyId) {
        return awards.invitedTo(ceremonyId);
    }

    /** The ceremonies an award is invited to, by their event's id. */
    @Transactional(readOnly = true)
    public List<Long> eventsInvitedTo(long awardId) {
        return jdbc.sql("""
                        select c.event_id from recognition_ceremonies c
                          join recognition_ceremony_invitations i on i.ceremony_id = c.id
                         where i.award_id = :id order by c.id
                        """).param("id", awardId).query(Long.class).list();
    }
}
