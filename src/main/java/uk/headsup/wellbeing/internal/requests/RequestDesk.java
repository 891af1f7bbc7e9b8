package uk.headsup.wellbeing.internal.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.directory.Directory;
import uk.headsup.directory.Phase;
import uk.headsup.directory.StaffMember;
import uk.headsup.wellbeing.internal.offers.Leader;
import uk.headsup.wellbeing.internal.offers.Offer;
import uk.headsup.wellbeing.internal.offers.Offers;
import uk.headsup.wellbeing.internal.peergroups.PeerGroups;

/**
 * The one way to requests: the person who asked reaches their own, a wellbeing coordinator reaches all of them (each
 * reading recorded in the {@link AccessLog}), and anyone else, administrators included, gets {@link NoSuchRequest}
 * whether the request exists or not.
 */
@Service
@Transactional
public class RequestDesk {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SupportRequests requests;
    private final Offers offers;
    private final AccessLog log;
    private final Uptake uptake;
    private final Directory directory;
    private final Clock clock;
    private final PeerGroups peerGroups;

    RequestDesk(
            SupportRequests requests,
            Offers offers,
            AccessLog log,
            Uptake uptake,
            Directory directory,
            Clock clock,
            PeerGroups peerGroups) {
        this.peerGroups = peerGroups;
        this.requests = requests;
        this.offers = offers;
        this.log = log;
        this.uptake = uptake;
        this.directory = directory;
        this.clock = clock;
    }

    /** A brokered offer the person may ask for today, or why not. */
    @Transactional(readOnly = true)
    public Offer askable(String email, long offerId) {
        Offer offer = offers.find(offerId).orElseThrow(NoSuchRequest::new);
        LocalDate today = today();
        StaffMember member = directory.staffMember(email).orElseThrow(NoSuchRequest::new);
        if (offer.direct()) {
            throw new RequestRefused(offer.title() + " is not brokered: contact the provider directly");
        }
        if (!offer.availableOn(today)) {
            throw new RequestRefused(offer.title() + " was available until " + DATE.format(offer.availableUntil())
                    + ": it can no longer be asked for. Choose another offer on the support page.");
        }
        if (peerGroups.eventOf(offerId).isPresent()) {
            throw new RequestRefused(offer.title()
                    + " meets on set dates: book your own place on its meetings from the support page. Who goes is"
                    + " confidential.");
        }
        if (!offer.fits(Leader.of(member, directory.headshipSince(email)), today)) {
            throw new RequestRefused(offer.title() + " is for " + offer.whoFor().toLowerCase(Locale.UK)
                    + ": choose another offer on the support page.");
        }
        return offer;
    }

    /** A request recorded: its number, and whether it waits for a place (every place of the offer was taken). */
    public record Asked(long number, boolean waiting) {}

    /**
     * Records the request, and counts it (anonymously) in the uptake. When requests already hold every place of the
     * offer (its capacity), it waits for a place: the coordinator sees it as waiting, and takes it on once a place is
     * free.
     */
    public Asked ask(String email, long offerId, String note, ContactBy contactBy, String phone) {
        Offer offer = askable(email, offerId);
        String text = note == null ? "" : note.strip();
        if (text.length() > SupportRequest.MAX_NOTE) {
            throw new RequestRefused("The note must be " + SupportRequest.MAX_NOTE + " characters or fewer");
        }
        StaffMember member = directory.staffMember(email).orElseThrow(NoSuchRequest::new);
        StaffMember.Post post = member.posts().stream()
                .filter(p -> offer.roles().isEmpty() || offer.roles().contains(p.role()))
                .findFirst()
                .orElse(member.posts().get(0));
        boolean full = offer.capacity() != null && requests.placesTaken(offer.id()) >= offer.capacity();
        long id = requests.add(
                offer.id(),
                member.email(),
                member.name(),
                post.organisationName(),
                text,
                Objects.requireNonNull(contactBy),
                contactBy == ContactBy.PHONE ? phone.strip() : null,
                full ? RequestStatus.WAITING : RequestStatus.REQUESTED);
        Phase phase = post.phase();
        uptake.count(offer, phase, today());
        return new Asked(id, full);
    }

    @Transactional(readOnly = true)
    public List<SupportRequest> mine(String email) {
        return requests.askedBy(email);
    }

    public void withdraw(String email, long id) {
        SupportRequest request =
                requests.find(id, true).filter(r -> r.askedBy(email)).orElseThrow(NoSuchRequest::new);
        requests.save(request.withdraw(clock.instant()));
    }

    /** Every request, without anyone's name or note: the coordinator's list. */
    @Transactional(readOnly = true)
    public List<SupportRequest> all(SignedInUser user) {
        coordinator(user);
        return requests.all();
    }

    /** The request in full, for a coordinator; the reading is recorded. */
    public SupportRequest read(SignedInUser user, long id) {
        coordinator(user);
        SupportRequest request = requests.find(id, false).orElseThrow(NoSuchRequest::new);
        log.record(id, user.email());
        return request;
    }

    public SupportRequest acknowledge(SignedInUser user, long id) {
        return change(user, id, r -> r.acknowledge(clock.instant()));
    }

    public SupportRequest match(SignedInUser user, long id, String supporter, int sessions) {
        return change(user, id, r -> r.match(supporter, sessions, clock.instant()));
    }

    public SupportRequest recordSession(SignedInUser user, long id) {
        return change(user, id, SupportRequest::recordSession);
    }

    public SupportRequest close(SignedInUser user, long id) {
        return change(user, id, r -> r.close(clock.instant()));
    }

    private SupportRequest change(SignedInUser user, long id, UnaryOperator<SupportRequest> change) {
        coordinator(user);
        SupportRequest current = requests.find(id, true).orElseThrow(NoSuchRequest::new);
        SupportRequest changed = change.apply(current);
        if (!current.status().takesAPlace() && changed.status().takesAPlace()) {
            Offer offer = offers.find(current.offerId()).orElseThrow(NoSuchRequest::new);
            if (offer.capacity() != null && requests.placesTaken(offer.id()) >= offer.capacity()) {
                throw new RequestRefused("All " + offer.capacity() + " places of " + offer.title()
                        + " are taken: request " + id + " waits until one is free (close or match another first)");
            }
        }
        requests.save(changed);
        return changed;
    }

    /** Only wellbeing coordinators: not administrators, not anyone else. */
    public static boolean isCoordinator(SignedInUser user) {
        return user != null && user.authorityStaff() && user.has(AuthorityRole.WELLBEING_COORDINATOR);
    }

    private static void coordinator(SignedInUser user) {
        if (!isCoordinator(user)) {
            throw new NoSuchRequest();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    /** For retention: requests that ended before then are deleted. */
    int deleteEndedBefore(Instant cutoff) {
        return requests.deleteEndedBefore(cutoff);
    }
}
