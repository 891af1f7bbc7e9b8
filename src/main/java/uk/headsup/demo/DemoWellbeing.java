package uk.headsup.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignInHint;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.wellbeing.NewOffer;
import uk.headsup.wellbeing.OfferAccess;
import uk.headsup.wellbeing.OfferCatalogue;
import uk.headsup.wellbeing.OfferKind;

/**
 * Elmshire's leadership wellbeing: a coordinator who signs in with the demo password, and a few offers (a 24/7
 * helpline anyone can call, professional supervision and a peer group to ask for, coaching for heads in their first
 * five years, and an offer that has ended and so is not shown). Loaded with the county, only on the embedded default.
 */
@Component
class DemoWellbeing implements SmartLifecycle, SignInHint.Source {

    static final String COORDINATOR = "nadia.brooks@elmshire.example";
    private static final Logger log = LoggerFactory.getLogger(DemoWellbeing.class);
    private static final String NAME = "Nadia Brooks";
    private static final String TITLE = "Leadership Wellbeing Coordinator";

    private final DemoCounty county;
    private final Accounts accounts;
    private final OfferCatalogue offers;
    private final Clock clock;
    private volatile boolean loaded;

    DemoWellbeing(DemoCounty county, Accounts accounts, OfferCatalogue offers, Clock clock) {
        this.county = county;
        this.accounts = accounts;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void start() {
        loaded = true;
        if (!county.enabled()) {
            return;
        }
        if (!accounts.hasAuthorityAccount(COORDINATOR)) {
            accounts.createAuthorityAccount(
                    COORDINATOR, NAME, EnumSet.of(AuthorityRole.WELLBEING_COORDINATOR), DemoCounty.PASSWORD);
        }
        if (offers.hasOffers()) {
            return;
        }
        offers(LocalDate.now(clock.withZone(ZoneId.of("Europe/London")))).forEach(offers::add);
        log.info("Demo wellbeing loaded: a coordinator and five support offers");
    }

    /** Five offers: a national helpline, supervision, coaching for new heads, a peer group, and one that has ended. */
    private static List<NewOffer> offers(LocalDate today) {
        LocalDate yearEnd = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear(), 8, 31);
        Set<OrganisationRole> leaders = EnumSet.of(
                OrganisationRole.HEADTEACHER, OrganisationRole.DEPUTY_HEADTEACHER, OrganisationRole.SETTING_MANAGER);
        return List.of(
                new NewOffer(
                        "Education Support helpline",
                        "Education Support (national charity)",
                        OfferKind.HELPLINE,
                        "Free, confidential emotional support from qualified counsellors, 24 hours a day, every day.",
                        Set.of(),
                        Set.of(),
                        null,
                        "Free",
                        null,
                        OfferAccess.DIRECT,
                        "08000 562 561",
                        "https://www.educationsupport.org.uk/",
                        yearEnd.plusYears(1)),
                new NewOffer(
                        "Professional supervision for school leaders",
                        "Elmshire County Council, with commissioned supervisors",
                        OfferKind.SUPERVISION,
                        "Six one-hour sessions of confidential professional supervision with a trained supervisor who is"
                                + " not from your school or the authority's school improvement team.",
                        leaders,
                        Set.of(),
                        null,
                        "Free",
                        30,
                        OfferAccess.BROKERED,
                        null,
                        null,
                        yearEnd),
                new NewOffer(
                        "Coaching in your first years of headship",
                        "Elmshire Leadership Coaching Network",
                        OfferKind.COACHING,
                        "Up to eight coaching sessions with an experienced head, in person or online, at times that suit you.",
                        EnumSet.of(OrganisationRole.HEADTEACHER),
                        Set.of(),
                        5,
                        "Free",
                        12,
                        OfferAccess.BROKERED,
                        null,
                        null,
                        yearEnd),
                new NewOffer(
                        "Primary heads' peer support group",
                        "Elmshire County Council",
                        OfferKind.PEER_GROUP,
                        "A small group of primary heads meeting twice a term with a facilitator, in confidence.",
                        EnumSet.of(OrganisationRole.HEADTEACHER),
                        EnumSet.of(Phase.PRIMARY),
                        null,
                        "Free",
                        10,
                        OfferAccess.BROKERED,
                        null,
                        null,
                        yearEnd),
                new NewOffer(
                        "Wellbeing webinar series (ended)",
                        "Elmshire County Council",
                        OfferKind.MENTORING,
                        "Last year's webinar series; it has ended, so the support page no longer shows it.",
                        Set.of(),
                        Set.of(),
                        null,
                        "Free",
                        null,
                        OfferAccess.DIRECT,
                        null,
                        "https://www.example.org/webinars",
                        today.minusMonths(2)));
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return loaded;
    }

    @Override
    public int getPhase() {
        // After DemoEvents (phase 1), which loads only into an events table that is still empty: the peer groups'
        // meetings added here first would have made it skip its own.
        return DemoCounty.PHASE + 2;
    }

    @Override
    public List<SignInHint> hints() {
        return county.enabled()
                ? List.of(new SignInHint(COORDINATOR, NAME + ", " + TITLE, DemoCounty.PASSWORD))
                : List.of();
    }
}
