package uk.headsup.directory.internal.gias;

import java.io.FileInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Reading a GIAS file alone, without the database: the CPU seconds of the reading thread for each of several passes,
 * asking for two fields of each record (a record of another authority) or for all of them (a record kept, whose
 * source row is stored whole). Run by {@code bench/gias.sh}; the import's own time includes this.
 *
 * <pre>java -cp target/headsup.jar -Dloader.path=target/test-classes \
 *     -Dloader.main=uk.headsup.directory.internal.gias.GiasReadBenchmark \
 *     org.springframework.boot.loader.launch.PropertiesLauncher FILE [PASSES]</pre>
 */
public final class GiasReadBenchmark {

    private GiasReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (boolean all : new boolean[] {false, true}) {
            double[] cpu = new double[passes];
            long characters = 0;
            for (int pass = 0; pass < passes; pass++) {
                long start = threads.getCurrentThreadCpuTime();
                try (GiasFile file = GiasFile.open(new FileInputStream(args[0]))) {
                    while (file.next()) {
                        List<String> fields = file.fields();
                        int asked = all ? fields.size() : Math.min(2, fields.size());
                        for (int i = 0; i < asked; i++) {
                            characters += fields.get(i).length();
                        }
                    }
                }
                cpu[pass] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            }
            // The first pass warms the JIT: the median of the others is what a long import sees.
            double[] warm = passes > 1 ? Arrays.copyOfRange(cpu, 1, passes) : cpu;
            Arrays.sort(warm);
            System.out.printf(
                    "Read %s: %.3f s CPU (median of %d passes after the first; %d characters)%n",
                    all ? "all fields" : "two fields", median(warm), warm.length, characters);
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
