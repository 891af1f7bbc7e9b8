package uk.headsup.safeguarding.internal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.headsup.safeguarding.internal.visits.VisitSample.Candidate;
import uk.headsup.safeguarding.internal.visits.Visits.Reason;

/** The verification visits' rules, with the random choice held still by its seed. */
class VisitSampleTest {

    /** Returns 1-6 in North primary, 7-9 in North secondary, 10-13 in South primary; some not returned or red. */
    static final List<Candidate> ROUND = List.of(
            returned(1, 0, "North", "Primary"),
            returned(2, 1, "North", "Primary"),
            returned(3, 0, "North", "Primary"),
            notReturned(4, "North", "Primary"),
            returned(5, 2, "North", "Primary"),
            returned(6, 0, "North", "Primary"),
            returned(7, 0, "North", "Secondary"),
            returned(8, 3, "North", "Secondary"),
            notReturned(9, "North", "Secondary"),
            returned(10, 0, "South", "Primary"),
            returned(11, 1, "South", "Primary"),
            returned(12, 0, "South", "Primary"),
            returned(13, 0, "South", "Primary"));

    static final Map<Long, String> GROUP_OF_THE_REST = Map.of(
            1L,
            "North primary",
            2L,
            "North primary",
            3L,
            "North primary",
            6L,
            "North primary",
            7L,
            "North secondary",
            10L,
            "South primary",
            11L,
            "South primary",
            12L,
            "South primary",
            13L,
            "South primary");

    private static Candidate returned(long id, int reds, String district, String phase) {
        return new Candidate(id, false, reds, district, phase);
    }

    private static Candidate notReturned(long id, String district, String phase) {
        return new Candidate(id, true, 0, district, phase);
    }

    private static Set<Long> withReason(Map<Long, Reason> sample, Reason reason) {
        return sample.entrySet().stream()
                .filter(e -> e.getValue() == reason)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Test
    void everyNonReturnerEverySchoolWithSeveralRedsAndOneAtRandomInEachDistrictAndPhase() {
        for (long seed = 0; seed < 50; seed++) {
            Map<Long, Reason> sample = VisitSample.draw(ROUND, Set.of(), seed);

            assertThat(withReason(sample, Reason.NOT_RETURNED)).containsExactlyInAnyOrder(4L, 9L);
            assertThat(withReason(sample, Reason.SEVERAL_REDS)).containsExactlyInAnyOrder(5L, 8L);
            Set<Long> random = withReason(sample, Reason.RANDOM);
            assertThat(random).allSatisfy(id -> assertThat(GROUP_OF_THE_REST).containsKey(id));
            assertThat(random.stream().map(GROUP_OF_THE_REST::get).toList())
                    .as("one at random in each district and phase, seed %d", seed)
                    .containsExactlyInAnyOrder("North primary", "North secondary", "South primary");
        }
    }

    @Test
    void theSameSeedDrawsTheSameSampleAndThisOneDrawsThese() {
        assertThat(VisitSample.draw(ROUND, Set.of(), 20261206L))
                .isEqualTo(VisitSample.draw(ROUND, Set.of(), 20261206L));
        assertThat(withReason(VisitSample.draw(ROUND, Set.of(), 20261206L), Reason.RANDOM))
                .containsExactlyInAnyOrder(6L, 7L, 13L);
    }

    @Test
    void theChoiceWithinAGroupIsRandomNotTheFirstOrTheLast() {
        Map<String, Set<Long>> picked = new HashMap<>();
        for (long seed = 0; seed < 200; seed++) {
            withReason(VisitSample.draw(ROUND, Set.of(), seed), Reason.RANDOM)
                    .forEach(id -> picked.computeIfAbsent(GROUP_OF_THE_REST.get(id), k -> new HashSet<>())
                            .add(id));
        }
        assertThat(picked.get("North primary")).containsExactlyInAnyOrder(1L, 2L, 3L, 6L);
        assertThat(picked.get("South primary")).containsExactlyInAnyOrder(10L, 11L, 12L, 13L);
    }

    @Test
    void drawingAgainAddsNoSecondRandomVisitToAGroupThatHasOne() {
        Map<Long, Reason> first = VisitSample.draw(ROUND, Set.of(), 1);
        Set<Long> visited = new HashSet<>(first.keySet());

        Map<Long, Reason> again = VisitSample.draw(ROUND, visited, 2);

        Set<Long> added = new HashSet<>(again.keySet());
        added.removeAll(visited);
        assertThat(added).isEmpty();
        // A school returning later leaves the non-returners; a group with no visit yet still gets one.
        List<Candidate> later = new ArrayList<>(ROUND);
        later.add(returned(14, 0, "East", "Secondary"));
        assertThat(withReason(VisitSample.draw(later, visited, 3), Reason.RANDOM))
                .contains(14L)
                .hasSize(1);
    }
}
