package uk.headsup.safeguarding.internal.rounds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.platform.Site;
import uk.headsup.platform.UkTime;

/**
 * The automatic reminders: from a week before each deadline of a round (the first and the final), every return not
 * yet with the authority is reminded once of that deadline, to whoever has not done their part: the DSL and
 * headteacher while it is not started, in progress or returned for changes; the headteacher or governor who has not
 * signed it off yet; and the safeguarding lead of the school's trust, told which of its schools are outstanding.
 * Each return and deadline is claimed in {@code safeguarding_reminders} in the same transaction as the mailshots,
 * so nobody is reminded twice, whichever node runs it and however often.
 */
@Component
public class DeadlineReminders {

    static final int DAYS_BEFORE = 7;

    enum Deadline {
        FIRST,
        FINAL
    }

    private final Rounds rounds;
    private final RoundDesk desk;
    private final AwaitedSignatures signatures;
    private final Directory directory;
    private final Mailshots mailshots;
    private final Site site;
    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineReminders(
            Rounds rounds,
            RoundDesk desk,
            AwaitedSignatures signatures,
            Directory directory,
            Mailshots mailshots,
            Site site,
            JdbcClient jdbc,
            Clock clock) {
        this.rounds = rounds;
        this.desk = desk;
        this.signatures = signatures;
        this.directory = directory;
        this.mailshots = mailshots;
        this.site = site;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${headsup.safeguarding.reminder-cron:0 0 7 * * *}", zone = "Europe/London")
    void daily() {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.UK));
        rounds.rounds().forEach(round -> remind(round, today));
    }

    /** What one day's run sent for a round: how many returns were reminded of which deadline. */
    record Sent(Map<Deadline, Integer> returns) {
        int total() {
            return returns.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Transactional
    Sent remind(Round round, LocalDate today) {
        Map<Deadline, Integer> sent = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.values()) {
            LocalDate due = deadline == Deadline.FIRST ? round.firstDeadline() : round.finalDeadline();
            if (today.isBefore(due.minusDays(DAYS_BEFORE)) || today.isAfter(due)) {
                continue;
            }
            List<RoundDesk.Row> outstanding = desk.rows(round).stream()
                    .filter(r -> r.state().outstanding())
                    .toList();
            Set<Long> claimed = claim(
                    deadline,
                    outstanding.stream().map(r -> r.auditReturn().id()).toList());
            List<RoundDesk.Row> rows = outstanding.stream()
                    .filter(r -> claimed.contains(r.auditReturn().id()))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            String key = "safeguarding-reminder:" + round.id() + ":" + deadline + ":" + new TreeSet<>(claimed).first();
            remindToComplete(round, due, key, rows);
            remindToSign(round, due, key, rows);
            remindTrusts(round, due, key, rows);
            sent.put(deadline, rows.size());
        }
        return new Sent(sent);
    }

    /** Of these returns, those not yet reminded of this deadline, now marked as reminded. */
    private Set<Long> claim(Deadline deadline, Collection<Long> returnIds) {
        if (returnIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        insert into safeguarding_reminders (return_id, deadline)
                        select id, :deadline from safeguarding_returns where id in (:ids)
                        on conflict do nothing returning return_id
                        """)
                .param("deadline", deadline.name())
                .param("ids", returnIds)
                .query(Long.class)
                .list());
    }

    private void remindToComplete(Round round, LocalDate due, String key, List<RoundDesk.Row> rows) {
        Set<Long> organisations = rows.stream()
                .filter(r -> r.state() != ReturnState.AWAITING_SIGN_OFF)
                .map(r -> r.auditReturn().organisationId())
                .collect(Collectors.toSet());
        if (organisations.isEmpty()) {
            return;
        }
        mailshots.startNotice(
                key + ":complete",
                "Automatic reminder: " + round.title(),
                new Notice(
                        "Reminder: your safeguarding audit return is due by " + RoundDesk.DAY.format(due),
                        "Your school's safeguarding audit return is due by " + RoundDesk.DAY.format(due)
                                + ". Please complete and submit it, then the headteacher and a governor sign it off"
                                + " by an emailed link.",
                        "Go to your return",
                        site.link("/safeguarding/my"),
                        "safeguarding-reminder:" + round.id()),
                RoundDesk.TOPIC,
                Recipients.of(Audience.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER), organisations),
                "Heads Up");
    }

    private void remindToSign(Round round, LocalDate due, String key, List<RoundDesk.Row> rows) {
        Map<String, Addressee> unsigned = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.state() == ReturnState.AWAITING_SIGN_OFF)
                .forEach(r -> signatures
                        .yetToSign(r.auditReturn().id())
                        .forEach(a -> unsigned.putIfAbsent(a.email().toLowerCase(Locale.ROOT), a)));
        if (unsigned.isEmpty()) {
            return;
        }
        mailshots.startNotice(
                key + ":sign-off",
                "Automatic reminder to sign off: " + round.title(),
                new Notice(
                        "Reminder: please sign off your school's safeguarding audit return by "
                                + RoundDesk.DAY.format(due),
                        "Your school's safeguarding audit return is waiting for your sign-off. Please use the link"
                                + " in the email we sent you; if it has expired, opening it sends you a new one.",
                        null,
                        null,
                        null),
                RoundDesk.TOPIC,
                Recipients.listed(List.copyOf(unsigned.values())),
                "Heads Up");
    }

    private void remindTrusts(Round round, LocalDate due, String key, List<RoundDesk.Row> rows) {
        Map<Long, List<String>> schoolsByTrust = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.auditReturn().trustId() != null)
                .forEach(r -> schoolsByTrust
                        .computeIfAbsent(r.auditReturn().trustId(), k -> new ArrayList<>())
                        .add(r.auditReturn().organisationName()));
        for (AudienceMember lead :
                directory.atTrusts(OrganisationRole.TRUST_SAFEGUARDING_LEAD, schoolsByTrust.keySet())) {
            mailshots.startNotice(
                    key + ":trust:" + lead.organisationId() + ":" + lead.personId(),
                    "Automatic reminder to " + lead.organisationName() + ": " + round.title(),
                    new Notice(
                            "Reminder: safeguarding audit returns of your trust's schools are due by "
                                    + RoundDesk.DAY.format(due),
                            "These schools of " + lead.organisationName() + " have not yet returned their"
                                    + " safeguarding audit: "
                                    + String.join(", ", schoolsByTrust.get(lead.organisationId()))
                                    + ". The return is due by " + RoundDesk.DAY.format(due) + ".",
                            "See your schools' returns",
                            site.link("/safeguarding/my"),
                            "safeguarding-reminder:" + round.id()),
                    RoundDesk.TOPIC,
                    Recipients.listed(List.of(Addressee.of(lead.name(), lead.email()))),
                    "Heads Up");
        }
    }
}
