package uk.headsup.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.StaffMember;

/**
 * What bookings ask of the directory: who works where today, and who is in an event's audience. Audiences are
 * resolved by the directory and kept for a minute, so a rush of bookings does not resolve the same audience a
 * thousand times.
 */
@Component
public class StaffLookup {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final Directory directory;
    private final Clock clock;
    private final Map<Audience, Resolved> resolved = new ConcurrentHashMap<>();

    StaffLookup(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    private record Resolved(Instant at, List<AudienceMember> members) {}

    public Optional<StaffMember> staffMember(String email) {
        return directory.staffMember(email);
    }

    public List<AudienceMember> members(Audience audience) {
        Instant now = clock.instant();
        Resolved r = resolved.get(audience);
        if (r == null || r.at().plus(KEEP).isBefore(now) || now.isBefore(r.at())) {
            r = new Resolved(now, directory.members(audience, LocalDate.ofInstant(now, UkTime.UK)));
            resolved.put(audience, r);
        }
        return r.members();
    }

    /** Everyone with a role at the organisation today, one row per person (their first role there). */
    public List<AudienceMember> colleagues(long organisationId) {
        Map<Long, AudienceMember> people = new java.util.LinkedHashMap<>();
        members(Audience.everyone()).stream()
                .filter(m -> m.organisationId() == organisationId)
                .sorted(java.util.Comparator.comparing(AudienceMember::name))
                .forEach(m -> people.putIfAbsent(m.personId(), m));
        return List.copyOf(people.values());
    }

    public boolean inAudience(Audience audience, long personId, long organisationId) {
        return members(audience).stream()
                .anyMatch(m -> m.personId() == personId && m.organisationId() == organisationId);
    }

    /** Forgets resolved audiences, for tests that change the directory. */
    public void forget() {
        resolved.clear();
    }
}
