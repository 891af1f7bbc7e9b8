package uk.headsup.recognition.internal.awards;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.RoleHolders;
import uk.headsup.assessment.Actor;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.platform.Site;

/**
 * A holder's annual update (for a scheme that asks for one): kept in the award's history by {@link Awards} and sent to
 * every schemes officer, once for each update (the notice's key names the award, the day and the text).
 */
@Service
@Transactional
public class AnnualUpdates {

    private final Awards awards;
    private final RoleHolders roleHolders;
    private final Mailshots mailshots;
    private final Site site;

    AnnualUpdates(Awards awards, RoleHolders roleHolders, Mailshots mailshots, Site site) {
        this.awards = awards;
        this.roleHolders = roleHolders;
        this.mailshots = mailshots;
        this.site = site;
    }

    /** Records the update (refused in words if it is empty or the award has ended) and tells the officers. */
    public void send(long awardId, LocalDate on, String update, Actor by) {
        awards.annualUpdate(awardId, on, update, by);
        Award award = awards.find(awardId).orElseThrow();
        List<Addressee> officers = roleHolders.holding(AuthorityRole.SCHEMES_OFFICER).stream()
                .map(h -> Addressee.of(h.name(), h.email()))
                .toList();
        if (officers.isEmpty()) {
            return;
        }
        String subject = "Annual update: " + award.name();
        mailshots.startNotice(
                "recognition-annual-update:" + awardId + ":" + on + ":"
                        + Integer.toHexString(update.strip().hashCode()),
                subject,
                new Notice(
                        subject,
                        award.name() + " has sent its annual update, from " + by.name() + ":\n\n" + update.strip(),
                        "Read the award",
                        site.link("/recognition/awards/" + awardId),
                        "recognition-annual-update"),
                null,
                Recipients.listed(officers),
                "Heads Up");
    }
}
