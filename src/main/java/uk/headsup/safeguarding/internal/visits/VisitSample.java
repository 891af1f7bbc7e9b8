package uk.headsup.safeguarding.internal.visits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The rules that pick a round's verification visits, apart from where the returns come from so that a test can
 * hold the random part still: every organisation that has not returned; every return rating two or more standards
 * red; and, of the rest, one chosen at random in each group of the same district and phase that has no visit yet.
 * The same candidates, visits and seed always give the same sample.
 */
public final class VisitSample {

    /** Two reds or more put a school in the sample. */
    static final int SEVERAL_REDS = 2;

    /**
     * One return of the round as the rules see it.
     *
     * @param outstanding not yet with the authority (not started, in progress, returned, awaiting sign-off)
     * @param reds how many standards its return rates red
     */
    record Candidate(long returnId, boolean outstanding, int reds, String district, String phase) {
        String group() {
            return (district == null ? "" : district) + "|" + (phase == null ? "" : phase);
        }
    }

    private VisitSample() {}

    /**
     * The returns the rules pick now, in the candidates' order for the first two rules and by group for the third,
     * with why each is picked.
     *
     * @param visited returns already in the sample: a group with one of them draws no more at random
     * @param seed the random choice's seed (kept with the visits it drew, so the draw can be explained); a
     *     {@link SplittableRandom}, because {@code java.util.Random}'s first draw from nearby seeds is nearly the same
     *     (VisitSampleTest saw seeds 0 to 199 all pick the same school)
     */
    static Map<Long, Visits.Reason> draw(Collection<Candidate> candidates, Set<Long> visited, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Long, Visits.Reason> chosen = new LinkedHashMap<>();
        Map<String, List<Candidate>> rest = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.outstanding()) {
                chosen.put(c.returnId(), Visits.Reason.NOT_RETURNED);
            } else if (c.reds() >= SEVERAL_REDS) {
                chosen.put(c.returnId(), Visits.Reason.SEVERAL_REDS);
            } else {
                rest.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Candidate> group : rest.values()) {
            if (group.stream().noneMatch(c -> visited.contains(c.returnId()))) {
                chosen.put(group.get(random.nextInt(group.size())).returnId(), Visits.Reason.RANDOM);
            }
        }
        return chosen;
    }
}
