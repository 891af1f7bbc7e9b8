package uk.headsup;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.headsup.platform.EarlyStart;
import uk.headsup.platform.FastStart;

@SpringBootApplication
public class HeadsUpApplication {

    /** Commands that do one job and exit, without the web server or demo data: {@code import-gias FILE}. */
    static final Set<String> COMMANDS = Set.of("import-gias");

    public static void main(String[] args) {
        // A loop, not a stream: this runs in FastStart's launcher too, where every class loaded counts.
        String command = null;
        for (String arg : args) {
            if (command == null && COMMANDS.contains(arg)) {
                command = arg;
            }
        }
        FastStart.relaunchOrReturn(args, command != null);
        Run.application(args, command);
    }

    /**
     * Apart from {@code main}, so that verifying {@code main}'s class does not load Spring's classes from their
     * nested jars in FastStart's launcher, which needs none of them.
     */
    private static final class Run {

        private Run() {}

        static void application(String[] args, String command) {
            SpringApplication application = new SpringApplication(HeadsUpApplication.class);
            application.addListeners(new EarlyStart()); // the embedded PostgreSQL, while Spring reads its configuration
            if (command == null) {
                application.run(args);
                return;
            }
            application.setWebApplicationType(WebApplicationType.NONE);
            // Command-line settings outrank application.yml and the environment.
            String[] withSettings = Stream.concat(
                            Arrays.stream(args),
                            Stream.of(
                                    "--headsup.command=" + command,
                                    "--headsup.demo=false",
                                    "--spring.main.banner-mode=off",
                                    "--logging.level.root=warn"))
                    .toArray(String[]::new);
            int exitCode;
            try {
                exitCode = SpringApplication.exit(application.run(withSettings));
            } catch (RuntimeException failed) {
                exitCode = 1; // Spring Boot has already reported why
            }
            System.exit(exitCode);
        }
    }
}
