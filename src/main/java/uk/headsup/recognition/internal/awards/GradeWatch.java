package uk.headsup.recognition.internal.awards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.RoleHolders;
import uk.headsup.directory.OfstedGradeChanged;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.platform.Site;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.applications.Eligibility;

/**
 * When an import of the early years register gives a setting a grade below a scheme's rule (the Kitemark's: Good),
 * its awards of that scheme are flagged "under review" and every schemes officer is emailed; their home page shows
 * the awards to review until each is closed or withdrawn. Replaying the event changes nothing and sends nothing twice.
 */
@Component
class GradeWatch {

    private final Awards awards;
    private final RecognitionSchemes schemes;
    private final RoleHolders roleHolders;
    private final Mailshots mailshots;
    private final Site site;
    private final Clock clock;

    GradeWatch(
            Awards awards,
            RecognitionSchemes schemes,
            RoleHolders roleHolders,
            Mailshots mailshots,
            Site site,
            Clock clock) {
        this.awards = awards;
        this.schemes = schemes;
        this.roleHolders = roleHolders;
        this.mailshots = mailshots;
        this.site = site;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OfstedGradeChanged changed) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        String reason = "Ofsted grade "
                + (changed.previous() == null
                        ? ""
                        : "from " + changed.previous().label() + " to ")
                + changed.now().grade().label()
                + (changed.now().inspectedOn() == null
                        ? ""
                        : " (inspected on " + Awards.DAY.format(changed.now().inspectedOn()) + ")")
                + ": below ";
        List<Award> flagged = awards.heldUnderGradeRule(changed.organisationId(), today).stream()
                .filter(a -> {
                    Scheme scheme = schemes.find(a.schemeKey()).orElseThrow();
                    return !Eligibility.keeps(scheme, changed.now().grade())
                            && awards.putUnderReview(
                                    a.id(),
                                    today,
                                    reason + scheme.minimumGrade().label() + ", which the scheme requires");
                })
                .toList();
        if (flagged.isEmpty()) {
            return;
        }
        List<Addressee> officers = roleHolders.holding(AuthorityRole.SCHEMES_OFFICER).stream()
                .map(h -> Addressee.of(h.name(), h.email()))
                .toList();
        if (officers.isEmpty()) {
            return;
        }
        String ids = flagged.stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(","));
        mailshots.startNotice(
                "recognition-review:" + ids,
                "Award under review: " + changed.name(),
                new Notice(
                        "Award under review: " + changed.name(),
                        "The early years register now records for " + changed.name() + ": " + reason + ".\n\n"
                                + "Its award is flagged under review. Please look at it and either keep the award,"
                                + " saying why, or withdraw it.",
                        "Review the award",
                        site.link("/recognition/awards/" + flagged.get(0).id()),
                        "recognition-review"),
                null,
                Recipients.listed(officers),
                "Heads Up");
    }
}
