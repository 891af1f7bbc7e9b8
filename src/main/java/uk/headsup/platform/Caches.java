package uk.headsup.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where modules get their in-memory caches: Caffeine, always bounded, with an expiry, and with hit, miss and
 * eviction counts published through Micrometer as {@code cache.*{cache=<name>}}. A module keeps what it caches
 * and decides the bounds; nobody writes another map-with-a-timestamp.
 */
@Component
public class Caches {

    private final ObjectProvider<MeterRegistry> meters;

    Caches(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    /** At most {@code maximumSize} entries, each dropped once unused for {@code idle}. */
    public <K, V> Cache<K, V> idle(String name, long maximumSize, Duration idle) {
        return monitored(name, Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle));
    }

    /** At most {@code maximumSize} entries, each dropped {@code age} after it was computed, used or not. */
    public <K, V> Cache<K, V> aged(String name, long maximumSize, Duration age) {
        return monitored(name, Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(age));
    }

    private <K, V> Cache<K, V> monitored(String name, Caffeine<Object, Object> builder) {
        Cache<K, V> cache = builder.recordStats().build();
        meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, cache, name));
        return cache;
    }
}
