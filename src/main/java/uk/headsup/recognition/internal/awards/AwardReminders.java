package uk.headsup.recognition.internal.awards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.platform.Site;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;

/**
 * Every morning: reminds the current headteacher, setting manager or childminder (whoever the directory names that
 * day) of each award's annual update (on each anniversary, when the scheme asks for one) and of its renewal (on
 * expiry), 3 months and 1 month before; and records the awards that expired. Each reminder is claimed in
 * {@code recognition_award_reminders} in the transaction that starts its mailshot, so it is sent once, whichever
 * node runs it and however often.
 */
@Component
class AwardReminders {

    static final Audience LEADERS =
            Audience.of(OrganisationRole.HEADTEACHER, OrganisationRole.SETTING_MANAGER, OrganisationRole.CHILDMINDER);

    enum Kind {
        ANNUAL_UPDATE,
        RENEWAL
    }

    /** A reminder that falls due: of what, for which date, how many months before. */
    record Due(Kind kind, LocalDate on, int months) {}

    private final Awards awards;
    private final RecognitionSchemes schemes;
    private final Mailshots mailshots;
    private final Site site;
    private final JdbcClient jdbc;
    private final Clock clock;

    AwardReminders(
            Awards awards, RecognitionSchemes schemes, Mailshots mailshots, Site site, JdbcClient jdbc, Clock clock) {
        this.awards = awards;
        this.schemes = schemes;
        this.mailshots = mailshots;
        this.site = site;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${headsup.recognition.reminder-cron:0 30 7 * * *}", zone = "Europe/London")
    void daily() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        remind(today);
        awards.recordExpiries(today);
    }

    /** Sends the reminders due on this day that were not sent before; returns how many. */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (Award award : awards.inForce(today)) {
            Scheme scheme = schemes.find(award.schemeKey()).orElse(null);
            if (scheme == null) {
                continue;
            }
            for (Due due : due(award, scheme.annualUpdate(), today)) {
                boolean updated = due.kind() == Kind.ANNUAL_UPDATE
                        && awards.annualUpdateSince(award.id(), due.on().minusMonths(3));
                if (!updated && claim(award, due)) {
                    send(award, scheme, due);
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The reminders of this award whose window holds this day: 3 months before until 1 month before, then 1 month. */
    static List<Due> due(Award award, boolean annualUpdate, LocalDate today) {
        List<Due> due = new ArrayList<>();
        List<Due> dates = new ArrayList<>();
        if (annualUpdate) {
            for (LocalDate d = award.startsOn().plusYears(1); d.isBefore(award.expiresOn()); d = d.plusYears(1)) {
                dates.add(new Due(Kind.ANNUAL_UPDATE, d, 0));
            }
        }
        dates.add(new Due(Kind.RENEWAL, award.expiresOn(), 0));
        for (Due d : dates) {
            if (!today.isBefore(d.on().minusMonths(3)) && today.isBefore(d.on().minusMonths(1))) {
                due.add(new Due(d.kind(), d.on(), 3));
            } else if (!today.isBefore(d.on().minusMonths(1)) && today.isBefore(d.on())) {
                due.add(new Due(d.kind(), d.on(), 1));
            }
        }
        return due;
    }

    private boolean claim(Award award, Due due) {
        return jdbc.sql("""
                        insert into recognition_award_reminders (award_id, kind, due_on, months)
                        values (:award, :kind, :on, :months) on conflict do nothing
                        """)
                        .param("award", award.id())
                        .param("kind", due.kind().name())
                        .param("on", due.on())
                        .param("months", due.months())
                        .update()
                == 1;
    }

    private void send(Award award, Scheme scheme, Due due) {
        String when = Awards.DAY.format(due.on());
        boolean renewal = due.kind() == Kind.RENEWAL;
        String subject = renewal
                ? "Your " + scheme.name() + " ends on " + when + ": renew it"
                : "The annual update of your " + scheme.name() + " is due by " + when;
        String body = renewal
                ? award.name() + "'s " + scheme.name() + " ends on " + when + ". To keep it, start the renewal: it"
                        + " opens a new self-evaluation with your last answers filled in, to bring up to date and"
                        + " submit."
                : award.name() + " holds the " + scheme.name() + " until " + Awards.DAY.format(award.expiresOn())
                        + ". Its annual update is due by " + when + ": tell us, in a few lines, what has changed"
                        + " since the award.";
        mailshots.startNotice(
                "recognition-reminder:" + award.id() + ":" + due.kind() + ":" + due.on() + ":" + due.months(),
                (renewal ? "Renewal reminder: " : "Annual update reminder: ") + award.name(),
                new Notice(
                        subject,
                        body,
                        renewal ? "Renew the award" : "See the award",
                        site.link("/recognition/awards/" + award.id()),
                        "recognition-reminder"),
                null,
                Recipients.of(LEADERS, Set.of(award.organisationId())),
                "Heads Up");
    }
}
