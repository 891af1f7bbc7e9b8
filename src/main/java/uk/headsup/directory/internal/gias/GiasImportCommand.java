package uk.headsup.directory.internal.gias;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.headsup.platform.Authority;

/**
 * {@code java -jar headsup.jar import-gias FILE [--la CODE]...}: imports a GIAS file, prints the report and exits,
 * non-zero if the import was refused or failed. {@code --la all} keeps every establishment in England. The
 * application starts without its web server for this (see {@code HeadsUpApplication}).
 */
@Component
@ConditionalOnProperty(name = "headsup.command", havingValue = GiasImportCommand.NAME)
class GiasImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String NAME = "import-gias";
    static final int USAGE = 2;
    private static final int REJECTED_ROWS_SHOWN = 20;

    private final GiasImport gias;
    private final GiasImportReports reports;
    private final Authority authority;
    private final PrintStream out = System.out;
    private int exitCode;

    GiasImportCommand(GiasImport gias, GiasImportReports reports, Authority authority) {
        this.gias = gias;
        this.reports = reports;
        this.authority = authority;
    }

    /** FILE and the --la codes of a command line; null when it cannot be understood. */
    record Arguments(Path file, List<String> laCodes) {

        static Arguments parse(String[] args) {
            Path file = null;
            List<String> codes = new ArrayList<>();
            boolean afterCommand = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!afterCommand) {
                    afterCommand = arg.equals(NAME);
                } else if (arg.equals("--la")) {
                    if (i + 1 == args.length || args[i + 1].startsWith("--")) {
                        return null;
                    }
                    codes.add(args[++i]);
                } else if (arg.startsWith("--la=")) {
                    codes.add(arg.substring("--la=".length()));
                } else if (arg.startsWith("--")) {
                    continue; // a Spring setting such as --spring.datasource.url=...
                } else if (file == null) {
                    file = Path.of(arg);
                } else {
                    return null;
                }
            }
            return file == null ? null : new Arguments(file, codes);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Arguments arguments = Arguments.parse(args.getSourceArgs());
        if (arguments == null) {
            System.err.println("Usage: java -jar headsup.jar import-gias FILE [--la CODE]...");
            System.err.println("  FILE      a GIAS establishment fields CSV (edubasealldata)");
            System.err.println("  --la CODE keep the establishments of this local authority (GIAS \"LA (code)\"),");
            System.err.println("            instead of headsup.authority.la-codes; --la all keeps every one");
            exitCode = USAGE;
            return;
        }
        LocalAuthorities keep =
                LocalAuthorities.of(arguments.laCodes().isEmpty() ? authority.laCodes() : arguments.laCodes());
        long start = System.nanoTime();
        GiasImportReport report = gias.run(
                GiasSource.file(arguments.file()), "command line (" + System.getProperty("user.name") + ")", keep);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(report.summary());
        out.println(String.format(
                Locale.UK, "Elapsed: %.3f s, from opening the file to the end of the transaction", seconds));
        if (report.rejected() > 0) {
            out.println("Rejected rows:");
            for (GiasImportReports.Row row : reports.rows(report.id(), "REJECTED", REJECTED_ROWS_SHOWN)) {
                out.println("  line " + row.line() + (row.urn() == null ? "" : " (URN " + row.urn() + ")") + ": "
                        + row.detail());
            }
            if (report.rejected() > REJECTED_ROWS_SHOWN) {
                out.println("  ... and " + (report.rejected() - REJECTED_ROWS_SHOWN) + " more: see the report, import "
                        + report.id());
            }
        }
        exitCode = report.done() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
