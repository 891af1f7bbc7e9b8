package uk.headsup.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * An audience as resolved at one moment, indexed once: its members by organisation (each person once, their
     * first role there, by name) and who is in it where, so each booking's checks are lookups, not scans.
     */
    private static final class Resolved {
        final Instant at;
        final List<AudienceMember> members;
        final Map<Long, List<AudienceMember>> byOrganisation = new HashMap<>();
        final Set<List<Long>> personAtOrganisation = new HashSet<>();

        Resolved(Instant at, List<AudienceMember> members) {
            this.at = at;
            this.members = members;
            Map<Long, Map<Long, AudienceMember>> people = new HashMap<>();
            members.stream()
                    .sorted(Comparator.comparing(AudienceMember::name))
                    .forEach(m -> people.computeIfAbsent(m.organisationId(), o -> new LinkedHashMap<>())
                            .putIfAbsent(m.personId(), m));
            people.forEach((organisation, them) -> byOrganisation.put(organisation, List.copyOf(them.values())));
            members.forEach(m -> personAtOrganisation.add(List.of(m.personId(), m.organisationId())));
        }
    }

    public Optional<StaffMember> staffMember(String email) {
        return directory.staffMember(email);
    }

    public List<AudienceMember> members(Audience audience) {
        return resolved(audience).members;
    }

    private Resolved resolved(Audience audience) {
        Instant now = clock.instant();
        Resolved r = resolved.get(audience);
        if (r == null || r.at.plus(KEEP).isBefore(now) || now.isBefore(r.at)) {
            r = new Resolved(now, directory.members(audience, LocalDate.ofInstant(now, UkTime.UK)));
            resolved.put(audience, r);
        }
        return r;
    }

    /** Everyone with a role at the organisation today, one row per person (their first role there), by name. */
    public List<AudienceMember> colleagues(long organisationId) {
        return resolved(Audience.everyone()).byOrganisation.getOrDefault(organisationId, List.of());
    }

    public boolean inAudience(Audience audience, long personId, long organisationId) {
        return resolved(audience).personAtOrganisation.contains(List.of(personId, organisationId));
    }

    /** Forgets resolved audiences, for tests that change the directory. */
    public void forget() {
        resolved.clear();
    }
}
