package uk.headsup.safeguarding.internal.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Responses;
import uk.headsup.platform.Caches;

/**
 * The ratings of responses, kept in memory so that the county analysis does not read every answer of two rounds on
 * each view. {@code bench/safeguarding-audit.sh} (2,500 schools, 60 standards, three rounds) measured the analysis
 * reading every rating of this round and the last through {@link Responses#ratings(long)} at well over its 100 ms
 * p95 target (figures in docs/performance.md). A response's answers change only with its {@link
 * uk.headsup.assessment.Response#updatedAt()} (every save and every transition moves it), so an entry is used only
 * while the response's time is the one it was read at; the others are read again, in one query.
 */
@Component
public class RatedResponses {

    /**
     * One response's ratings, aligned with its framework's {@link Framework#standards()} (null where not rated), and
     * its numeric answers summed by question label.
     */
    public record Rated(Instant updatedAt, String[] ratings, Map<String, Long> numbers) {}

    private final Responses responses;
    private final Cache<Long, Rated> cache;

    RatedResponses(Responses responses, Caches caches) {
        this.responses = responses;
        this.cache = caches.idle("safeguarding.rated-responses", 20_000, Duration.ofHours(1));
    }

    /**
     * The ratings of these responses (by id, with the time each was last changed), all answering this framework.
     */
    public Map<Long, Rated> of(Framework framework, Map<Long, Instant> updatedAt) {
        Map<Long, Rated> rated = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        updatedAt.forEach((id, at) -> {
            Rated kept = cache.getIfPresent(id);
            if (kept != null && kept.updatedAt().equals(at)) {
                rated.put(id, kept);
            } else {
                missing.add(id);
            }
        });
        if (missing.isEmpty()) {
            return rated;
        }
        List<Framework.Standard> standards = framework.standards();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < standards.size(); i++) {
            position.put(standards.get(i).number(), i);
        }
        Map<String, Map<String, String>> labels = new HashMap<>();
        standards.forEach(s -> {
            Map<String, String> byKey = new HashMap<>();
            s.questions().forEach(q -> byKey.put(q.key(), q.label()));
            labels.put(s.number(), byKey);
        });
        Map<Long, Rated> read = new HashMap<>();
        for (Long id : missing) {
            read.put(id, new Rated(updatedAt.get(id), new String[standards.size()], new LinkedHashMap<>()));
        }
        for (Responses.Rating rating : responses.ratingsOf(missing)) {
            Integer at = position.get(rating.standard());
            Rated r = read.get(rating.responseId());
            if (at == null || r == null) {
                continue;
            }
            r.ratings()[at] = rating.rating();
            Map<String, String> questions = labels.get(rating.standard());
            rating.numbers().forEach((key, n) -> {
                String label = questions.get(key);
                if (label != null && n != null) {
                    r.numbers().merge(label, n, Long::sum);
                }
            });
        }
        read.forEach((id, r) -> {
            Rated kept = new Rated(r.updatedAt(), r.ratings(), Map.copyOf(r.numbers()));
            cache.put(id, kept);
            rated.put(id, kept);
        });
        return rated;
    }
}
