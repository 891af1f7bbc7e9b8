package uk.headsup.platform;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives back the memory that starting took and serving does not need, once the application is ready.
 *
 * <p>A start allocates far more than the application keeps: the JVM grows its heap to about 200 MiB for
 * configuration parsing, proxies and class metadata, of which about 40 MiB is still in use once the start is over,
 * and the JIT compilers leave freed native memory with the C library. Without a collection the heap stays at that
 * size while the application idles, and the JVM held 370-420 MiB (docs/notes/startup.md). A jar cannot choose its
 * JVM's options, so the application does it itself when it is ready: one full collection with the JVM's
 * manageable free-ratio settings lowered for it (then put back, so growth under load is the JVM's default), and
 * the C library asked to return freed native memory (the {@code System.trim_native_heap} diagnostic command, JDK
 * 17.0.9 and later). Idle RSS after a warm start falls to about 230-270 MiB. It runs on its own thread after the
 * other start-up listeners, so readiness does not wait for it; on a JVM without these settings it does what it can
 * and logs what it skipped. {@code headsup.start-up.return-memory=false} turns it off (the tests do: they share
 * one JVM).
 */
@Component
class IdleMemory {

    private static final Logger log = LoggerFactory.getLogger(IdleMemory.class);

    /** Free space to leave in the heap after the collection: 30 % of it at most (the JVM's default is 70 %). */
    static final String MAX_FREE_PERCENT = "30";

    static final String MIN_FREE_PERCENT = "10";

    private final boolean enabled;

    IdleMemory(@Value("${headsup.start-up.return-memory:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void whenReady() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(IdleMemory::returnUnused, "return-memory-after-start");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** One full collection with the heap shrunk to what it holds, then freed native memory returned. */
    static void returnUnused() {
        long started = System.nanoTime();
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        collectShrinking();
        trimNativeHeap();
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        log.info(
                "Start-up over: heap {} MiB committed ({} MiB used), was {} MiB; took {} ms",
                after.getCommitted() >> 20,
                after.getUsed() >> 20,
                before.getCommitted() >> 20,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void collectShrinking() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String minFree = null;
        String maxFree = null;
        try {
            if (vm != null) {
                minFree = vm.getVMOption("MinHeapFreeRatio").getValue();
                maxFree = vm.getVMOption("MaxHeapFreeRatio").getValue();
                // The minimum first: the JVM refuses a maximum below the minimum.
                vm.setVMOption("MinHeapFreeRatio", MIN_FREE_PERCENT);
                vm.setVMOption("MaxHeapFreeRatio", MAX_FREE_PERCENT);
            }
        } catch (RuntimeException notSettable) {
            log.debug("Heap free ratios not settable; collecting with the JVM's own", notSettable);
        }
        try {
            System.gc();
        } finally {
            restore(vm, minFree, maxFree);
        }
    }

    private static void restore(HotSpotDiagnosticMXBean vm, String minFree, String maxFree) {
        if (vm == null || minFree == null || maxFree == null) {
            return;
        }
        try {
            // The maximum first, back above the minimum that is then raised to its own value.
            vm.setVMOption("MaxHeapFreeRatio", maxFree);
            vm.setVMOption("MinHeapFreeRatio", minFree);
        } catch (RuntimeException failed) {
            log.warn("Could not restore the heap free ratios to {} and {}", minFree, maxFree, failed);
        }
    }

    private static void trimNativeHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "systemTrimNativeHeap",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException notAvailable) { // before JDK 17.0.9, or another JVM
            log.debug("Native heap not trimmed", notAvailable);
        }
    }
}
