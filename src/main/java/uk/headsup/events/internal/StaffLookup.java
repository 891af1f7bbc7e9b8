package uk.headsup.events.internal;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.StaffMember;
import uk.headsup.platform.Caches;
import uk.headsup.platform.UkTime;

/**
 * What bookings ask of the directory: who works where today, and who is in an event's audience. Audiences are
 * resolved by the directory and kept for a minute, so a rush of bookings does not resolve the same audience a
 * thousand times.
 */
@Component
public class StaffLookup {

    private final Directory directory;
    private final Clock clock;
    /** Keyed by the day too: who works where is a question about a date. */
    private final Cache<Key, Resolved> resolved;

    private record Key(Audience audience, LocalDate day) {}

    StaffLookup(Directory directory, Clock clock, Caches caches) {
        this.directory = directory;
        this.clock = clock;
        this.resolved = caches.aged("events.audiences", 1_000, Duration.ofMinutes(1));
    }

    /**
     * An audience as resolved at one moment, indexed once: its members by organisation (each person once, their
     * first role there, by name) and who is in it where, so each booking's checks are lookups, not scans.
     */
    private static final class Resolved {
        final List<AudienceMember> members;
        final Map<Long, List<AudienceMember>> byOrganisation = new HashMap<>();
        final Set<List<Long>> personAtOrganisation = new HashSet<>();

        Resolved(List<AudienceMember> members) {
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
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.UK);
        return resolved.get(
                new Key(audience, today), key -> new Resolved(directory.members(key.audience(), key.day())));
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
        resolved.invalidateAll();
    }
}
