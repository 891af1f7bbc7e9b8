package uk.headsup.wellbeing.internal.newheads;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.headsup.directory.HeadteacherAppointed;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;
import uk.headsup.wellbeing.internal.offers.Offer;
import uk.headsup.wellbeing.internal.offers.Offers;

/**
 * Someone new to headship in the authority gets, once, a welcome with the offers for new heads. Sent with
 * {@link Mailer} as one message: no tracked links and no open pixel. A replayed event sends nothing more.
 */
@Component
class NewHeadsWelcome {

    static final String KIND = "wellbeing-welcome";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /**
     * A headship that began longer ago than this is not new, whatever the directory knew before: the first staff list
     * an authority imports (and the demo county's) names heads of many years, who are welcomed to nothing.
     */
    static final Period NEW_FOR = Period.ofWeeks(16);

    private final JdbcClient jdbc;
    private final Offers offers;
    private final Mailer mailer;
    private final Site site;
    private final Clock clock;

    NewHeadsWelcome(JdbcClient jdbc, Offers offers, Mailer mailer, Site site, Clock clock) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HeadteacherAppointed appointed) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        if (!appointed.newToHeadship()
                || appointed.email() == null
                || appointed.email().isBlank()
                || appointed.startsOn().isBefore(today.minus(NEW_FOR))) {
            return;
        }
        List<Offer> forNewHeads =
                offers.availableOn(today).stream().filter(Offer::forNewHeads).toList();
        boolean first = jdbc.sql("insert into wellbeing_welcomes (person_id) values (:id) on conflict do nothing")
                        .param("id", appointed.personId())
                        .update()
                == 1;
        if (!first) {
            return;
        }
        mailer.send(new Email(
                KIND,
                appointed.email(),
                "Welcome to headship: support for your wellbeing",
                "wellbeing/email/welcome",
                Map.of(
                        "name", appointed.fullName(),
                        "offers", forNewHeads,
                        "link", site.link("/wellbeing"))));
    }
}
