package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdleMemoryTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void aHeapGrownByWorkThatIsOverShrinksToWhatItHolds_andTheJvmsSettingsAreLeftAsTheyWere() {
        String minFree = vm.getVMOption("MinHeapFreeRatio").getValue();
        String maxFree = vm.getVMOption("MaxHeapFreeRatio").getValue();
        growTheHeap(256);
        long grown = memory.getHeapMemoryUsage().getCommitted();

        IdleMemory.returnUnused();

        long committed = memory.getHeapMemoryUsage().getCommitted();
        long used = memory.getHeapMemoryUsage().getUsed();
        assertThat(committed)
                .as("committed heap after, against %d MiB before", grown >> 20)
                .isLessThan(grown);
        assertThat(committed)
                .as("at most 30 %% free (plus a few regions), with %d MiB used", used >> 20)
                .isLessThanOrEqualTo(used * 100 / 70 + (32L << 20));
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(minFree);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(maxFree);
    }

    /** Allocates and holds {@code mebibytes}, then lets go of it: the JVM grows its heap to hold it. */
    private static void growTheHeap(int mebibytes) {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < mebibytes; i++) {
            held.add(new byte[1 << 20]);
        }
        assertThat(held).hasSize(mebibytes);
        held.clear();
    }
}
