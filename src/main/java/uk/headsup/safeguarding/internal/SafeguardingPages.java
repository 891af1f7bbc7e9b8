package uk.headsup.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.HomeCards;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventBookings;
import uk.headsup.events.EventCard;
import uk.headsup.platform.ActionDue;
import uk.headsup.platform.ActionsDue;
import uk.headsup.platform.PublicPages;
import uk.headsup.platform.UkTime;
import uk.headsup.safeguarding.internal.offers.Offers;
import uk.headsup.safeguarding.internal.rounds.AuditReturn;
import uk.headsup.safeguarding.internal.rounds.ReturnState;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.Rounds;
import uk.headsup.safeguarding.internal.rounds.Viewer;

/**
 * What the audit offers elsewhere: home page cards, the return's deadline on "What needs your attention", and the
 * sign-off link's page for governors who have no account.
 */
@Component
class SafeguardingPages implements HomeCards, ActionsDue, PublicPages {

    private final Rounds rounds;
    private final Responses responses;
    private final Frameworks frameworks;
    private final Offers offers;
    private final EventBookings bookings;
    private final Directory directory;
    private final Clock clock;

    SafeguardingPages(
            Rounds rounds,
            Responses responses,
            Frameworks frameworks,
            Offers offers,
            EventBookings bookings,
            Directory directory,
            Clock clock) {
        this.rounds = rounds;
        this.responses = responses;
        this.frameworks = frameworks;
        this.offers = offers;
        this.bookings = bookings;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> homeCards(SignedInUser user) {
        if (user.has(AuthorityRole.SAFEGUARDING_OFFICER) || user.has(AuthorityRole.ADMIN)) {
            return List.of(new HomeCard(
                    "Safeguarding",
                    "Safeguarding audit",
                    "/safeguarding/rounds",
                    "Open the year's round, follow every school's return, chase and review, see the county's picture"));
        }
        if (!user.authorityStaff()
                && user.organisationRoles().stream()
                        .anyMatch(r -> Viewer.COMPLETES.contains(r)
                                || Viewer.READS.contains(r)
                                || r == OrganisationRole.TRUST_SAFEGUARDING_LEAD)) {
            return List.of(new HomeCard(
                    "Safeguarding",
                    "Your safeguarding audit return",
                    "/safeguarding/my",
                    "Complete this year's return, see feedback and last year's answers"));
        }
        return List.of();
    }

    /**
     * The returns this person completes (DSL, headteacher), each until it is with the authority, with the courses
     * offered on its weak standards; and, for a trust's safeguarding lead, each of the trust's schools' returns
     * until it is with the authority (read-only: the lead follows them up with the schools).
     */
    @Override
    public List<ActionDue> actionsDue(String email) {
        Set<Long> organisations = new HashSet<>();
        Set<Long> trusts = new HashSet<>();
        directory
                .staffMember(email)
                .ifPresent(s -> s.posts().forEach(p -> {
                    if (Viewer.COMPLETES.contains(p.role())) {
                        organisations.add(p.organisationId());
                    } else if (p.role() == OrganisationRole.TRUST_SAFEGUARDING_LEAD) {
                        trusts.add(p.organisationId());
                    }
                }));
        List<ActionDue> due = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.UK);
        Map<Long, Round> live = new HashMap<>();
        for (AuditReturn r : rounds.returnsOf(organisations)) {
            Round round = live(r, today, live);
            if (round == null) {
                continue;
            }
            ReturnState state = state(r);
            due.add(new ActionDue(
                    "Complete " + r.organisationName() + "'s safeguarding audit return ("
                            + state.label().toLowerCase() + ")",
                    deadline(round, today),
                    "/safeguarding/returns/" + r.id(),
                    round.title(),
                    "/safeguarding/my",
                    state.outstanding() ? ActionDue.Status.OPEN : ActionDue.Status.DONE));
            if (r.responseId() != null) {
                due.addAll(offered(email, r, round));
            }
        }
        for (AuditReturn r : rounds.returnsOfTrusts(trusts)) {
            Round round = live(r, today, live);
            if (round == null || organisations.contains(r.organisationId())) {
                continue;
            }
            ReturnState state = state(r);
            due.add(new ActionDue(
                    "See that " + r.organisationName() + " (" + r.trustName() + ") returns its safeguarding audit ("
                            + state.label().toLowerCase() + ")",
                    deadline(round, today),
                    "/safeguarding/returns/" + r.id(),
                    round.title(),
                    "/safeguarding/my",
                    state.outstanding() ? ActionDue.Status.OPEN : ActionDue.Status.DONE));
        }
        return due;
    }

    /** The return's round while it still asks something of schools (up to 30 days after its final deadline). */
    private Round live(AuditReturn r, LocalDate today, Map<Long, Round> cache) {
        Round round = cache.computeIfAbsent(r.roundId(), id -> rounds.round(id).orElseThrow());
        return round.finalDeadline().isBefore(today.minusDays(30)) ? null : round;
    }

    private static LocalDate deadline(Round round, LocalDate today) {
        return today.isAfter(round.firstDeadline()) ? round.finalDeadline() : round.firstDeadline();
    }

    private ReturnState state(AuditReturn r) {
        return ReturnState.of(
                r.responseId() == null
                        ? null
                        : responses.find(r.responseId()).orElseThrow().state(),
                r.signedOff());
    }

    /**
     * The targeted offer: each course linked to a standard the return rates red or amber, to book while booking is
     * open (done once the person holds a place on it).
     */
    private List<ActionDue> offered(String email, AuditReturn r, Round round) {
        Framework framework =
                frameworks.version(round.versionId()).orElseThrow().framework();
        List<String> weak = Offers.redOrAmber(framework, responses.answers(r.responseId()));
        Map<String, List<EventCard>> offer = offers.bookable(round.id(), weak);
        Set<Long> eventIds = offer.values().stream()
                .flatMap(List::stream)
                .map(EventCard::eventId)
                .collect(Collectors.toSet());
        Set<Long> booked = bookings.bookedBy(email, eventIds);
        List<ActionDue> due = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        offer.forEach((standard, cards) -> cards.stream()
                .filter(c -> seen.add(c.eventId()))
                .forEach(c -> due.add(new ActionDue(
                        "Book " + c.title() + ": offered for standard " + standard + " of " + r.organisationName()
                                + "'s safeguarding audit",
                        c.bookingCloses() == null ? null : c.bookingCloses().toLocalDate(),
                        c.bookingUrl(),
                        round.title(),
                        "/safeguarding/returns/" + r.id(),
                        booked.contains(c.eventId()) ? ActionDue.Status.DONE : ActionDue.Status.OPEN))));
        return due;
    }

    @Override
    public List<String> publicPatterns() {
        return List.of("/safeguarding/sign-off");
    }

    @Override
    public List<String> publicPostPatterns() {
        return List.of("/safeguarding/sign-off", "/safeguarding/sign-off/renew");
    }
}
