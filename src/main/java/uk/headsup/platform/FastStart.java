package uk.headsup.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Makes {@code java -jar headsup.jar} start with a class-data-sharing archive, which a jar cannot ask its JVM for.
 *
 * <p>A third of a plain start's CPU is finding, reading and verifying classes in the jar's nested libraries
 * (docs/notes/startup.md), and Java's class-data sharing removes most of it: but only for a JVM given
 * {@code -XX:SharedArchiveFile} and the libraries as plain jars, never for {@code java -jar} on Spring Boot's
 * nested jar. So the packaged application, started without a command, runs itself as a second JVM (the
 * <em>server</em>) on Spring Boot's extracted layout with an archive, and this first JVM (the <em>launcher</em>) only
 * waits for it:
 *
 * <ul>
 *   <li>The first start extracts the jar once (Spring Boot's {@code jarmode=tools extract}) into a directory named
 *       for the jar and the JVM (beside the jar, or under the temporary directory if that is read-only), and the
 *       server records the classes it loads; when it stops gracefully the JVM writes the archive
 *       ({@code -XX:ArchiveClassesAtExit}), which every later start maps ({@code -XX:SharedArchiveFile}). A new
 *       build or another JDK gets its own directory; older ones are deleted. On JDK 25 and later the same happens
 *       with an AOT cache ({@code -XX:AOTCacheOutput}, then {@code -XX:AOTCache}), which also holds the classes
 *       linked and the methods' profiles.
 *   <li>The server gets the launcher's own JVM options and arguments, and its output goes where the launcher's goes.
 *   <li>Stopping the launcher stops the server gracefully (SIGTERM, Ctrl-C) and the launcher exits with the server's
 *       status. If the launcher is killed outright (SIGKILL, a crash), the server's standard input, a pipe from the
 *       launcher, ends, and the server halts at once, as a killed JVM would: nothing keeps serving unseen.
 * </ul>
 *
 * <p>It stays in one JVM, as before, for a command ({@code import-gias}), when the JVM already has an archive or an
 * agent (a debugger), outside a Boot jar (tests, {@code spring-boot:run}), where {@code /proc} is missing, or with
 * {@code HEADSUP_FAST_START=false}. Figures: docs/performance.md, "Start-up".
 */
public final class FastStart {

    /** Set on the server JVM: the archive it was given, or {@code training} on the start that writes it. */
    static final String SERVER = "headsup.fast-start.server";

    /** Set on the server JVM: the launcher's process id. */
    static final String LAUNCHER = "headsup.fast-start.launcher";

    /**
     * JDK 25 and later: an AOT cache (JEP 483, 514, 515) holds the classes loaded and linked and the methods' profiles,
     * where a class-data-sharing archive holds the classes only.
     */
    static final boolean AOT_CACHE = Runtime.version().feature() >= 25;

    private static final String SUFFIX = AOT_CACHE ? ".aot" : ".jsa";

    private static final String ARCHIVE = "headsup" + SUFFIX;

    private static final String LOCK = "in-use.lock";

    /** This launcher's shared lock on its directory, released when the JVM exits. */
    private static FileLock held;

    private FastStart() {}

    /**
     * Runs the application in a server JVM with a class-data-sharing archive and exits with its status, or returns
     * (doing nothing) when the application should run in this JVM. On the server JVM, watches the launcher.
     */
    public static void relaunchOrReturn(String[] args, boolean command) {
        String server = System.getProperty(SERVER);
        if (server != null) {
            watchLauncher(server);
            return;
        }
        Optional<Path> jar = bootJar();
        if (command
                || jar.isEmpty()
                || "false".equalsIgnoreCase(System.getenv("HEADSUP_FAST_START"))
                || "false".equalsIgnoreCase(System.getProperty("headsup.fast-start"))) {
            return;
        }
        Optional<List<String>> options = jvmOptions();
        if (options.isEmpty()) {
            return;
        }
        // The launcher's own start is part of every start: no streams or lambdas on its way (each first use
        // of one costs the JVM classes it generates), no cryptography for the key.
        for (String option : options.get()) {
            if (decidesItself(option)) {
                return;
            }
        }
        Path directory;
        try {
            directory = prepare(jar.get());
        } catch (IOException | RuntimeException failed) {
            say("starting without a class-data-sharing archive: " + failed.getMessage());
            return;
        }
        System.exit(runServer(directory, options.get(), args));
    }

    /** The Boot jar this JVM was started from with {@code java -jar}, if it was. */
    static Optional<Path> bootJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            boolean boot = manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Classes") != null;
            return boot ? Optional.of(jar) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The JVM options of this process as it was started: its command line up to {@code -jar}. */
    static Optional<List<String>> jvmOptions() {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) {
            return Optional.empty();
        }
        try {
            String[] argv = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0");
            int jarAt = Arrays.asList(argv).indexOf("-jar");
            return jarAt < 1 ? Optional.empty() : Optional.of(List.of(argv).subList(1, jarAt));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Options after which the JVM should be left as the operator started it. */
    private static final String[] DECIDED = {
        "-XX:SharedArchiveFile",
        "-XX:ArchiveClassesAtExit",
        "-XX:+AutoCreateSharedArchive",
        "-XX:AOTCache",
        "-XX:AOTMode",
        "-XX:AOTCacheOutput",
        "-Xshare",
        // JDK 17 crashes (SIGSEGV in check_shared_class_file_load_hook) when a recording starts with the JVM on a
        // dynamic archive; a recording started later with jcmd is fine.
        "-XX:StartFlightRecording",
        "-XX:+FlightRecorder",
        "-javaagent",
        "-agentlib",
        "-agentpath",
        "-Xrunjdwp",
        "-XX:Flags"
    };

    static boolean decidesItself(String option) {
        for (String decided : DECIDED) {
            if (option.startsWith(decided)) {
                return true;
            }
        }
        return false;
    }

    /** The directory of this jar and JVM, with the jar extracted into {@code app/}; older ones deleted. */
    static Path prepare(Path jar) throws IOException {
        String key = key(jar);
        Path directory = home(jar).resolve(key);
        Path app = directory.resolve("app");
        Files.createDirectories(directory);
        held = inUse(directory);
        deleteAbandonedArchives(directory);
        if (Files.isRegularFile(app.resolve(jarName(jar)))) {
            return directory;
        }
        Path extracting = Files.createTempDirectory(directory, "extracting-");
        try {
            say("extracting " + jar.getFileName() + " once, for class-data sharing");
            Process extract = new ProcessBuilder(
                            java(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            extracting.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (extract.waitFor() != 0 || !Files.isRegularFile(extracting.resolve(jarName(jar)))) {
                throw new IOException("extracting " + jar + " failed (exit " + extract.exitValue() + ")");
            }
            try {
                Files.move(extracting, app, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherStartWasFirst) {
                // another launcher extracted the same jar at the same time: use its copy
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting " + jar);
        } finally {
            deleteTree(extracting);
        }
        deleteUnused(directory);
        return directory;
    }

    /** Archives being written by servers whose launcher is gone (killed before it could keep them). */
    private static void deleteAbandonedArchives(Path directory) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith("writing-") && name.endsWith(SUFFIX)) {
                    long launcher =
                            Long.parseLong(name.substring("writing-".length(), name.length() - SUFFIX.length()));
                    if (ProcessHandle.of(launcher).isEmpty()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (NumberFormatException notOurs) {
            // leave it
        }
    }

    /** Deletes the directories of other builds and JVMs, unless a server still runs from one. */
    private static void deleteUnused(Path directory) throws IOException {
        try (Stream<Path> siblings = Files.list(directory.getParent())) {
            for (Path other : siblings.filter(other -> !other.equals(directory)).toList()) {
                try (FileChannel lock =
                        FileChannel.open(other.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    FileLock unused = lock.tryLock();
                    if (unused != null) {
                        deleteTree(other);
                    }
                } catch (IOException | OverlappingFileLockException inUse) {
                    // a server runs from it, or it is not ours: leave it
                }
            }
        }
    }

    /**
     * Held (shared) by every launcher while its server runs, so that another build's launcher does not delete the
     * libraries from under it.
     */
    private static FileLock inUse(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(
                directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        return channel.lock(0, Long.MAX_VALUE, true);
    }

    private static String jarName(Path jar) {
        return jar.getFileName().toString();
    }

    /** Beside the jar ({@code target/headsup-start/}), or in the temporary directory where that cannot be written. */
    static Path home(Path jar) throws IOException {
        Path beside = jar.getParent().resolve(jarName(jar).replaceFirst("\\.jar$", "") + "-start");
        try {
            Files.createDirectories(beside);
            if (Files.isWritable(beside)) {
                return beside;
            }
        } catch (IOException readOnly) {
            // fall through to the temporary directory
        }
        Path temporary = Path.of(
                System.getProperty("java.io.tmpdir"), "headsup-start-" + System.getProperty("user.name", "user"));
        Files.createDirectories(temporary);
        return temporary;
    }

    /** Names the jar (path, size, time) and the JVM (home and version): an archive serves only that pair. */
    static String key(Path jar) throws IOException {
        byte[] identity = String.join(
                        "|",
                        jar.toString(),
                        String.valueOf(Files.size(jar)),
                        String.valueOf(Files.getLastModifiedTime(jar).toMillis()),
                        System.getProperty("java.home"),
                        System.getProperty("java.vm.version"))
                .getBytes(StandardCharsets.UTF_8);
        // Two checksums, not a cryptographic digest: a name, not a secret, and the JVM itself refuses an archive
        // made for other jars. CRC32 is loaded already (the jar is a zip); MessageDigest would cost the launcher a
        // security provider. The top bit is set so that every key has 16 digits.
        CRC32 first = new CRC32();
        first.update(identity);
        CRC32C second = new CRC32C();
        second.update(identity);
        return Long.toHexString(first.getValue() << 32 | second.getValue() | 1L << 63);
    }

    /** Starts the server JVM and waits for it; returns its exit status. */
    private static int runServer(Path directory, List<String> options, String[] args) {
        Path archive = directory.resolve(ARCHIVE);
        boolean training = !Files.isRegularFile(archive);
        Path written = directory.resolve("writing-" + ProcessHandle.current().pid() + SUFFIX);
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        if (training) {
            command.add((AOT_CACHE ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + written);
            command.add("-D" + SERVER + "=training");
        } else {
            command.add((AOT_CACHE ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
            command.add("-D" + SERVER + "=" + archive);
        }
        command.add("-D" + LAUNCHER + "=" + ProcessHandle.current().pid());
        // The JVM explains each class it cannot archive (old class files in some libraries) as a warning: noise.
        command.add(AOT_CACHE ? "-Xlog:cds=error,aot=error" : "-Xlog:cds=error,cds+dynamic=error");
        command.add("-jar");
        command.add(directory
                .resolve("app")
                .resolve(jarName(Path.of(System.getProperty("java.class.path"))))
                .toString());
        command.addAll(List.of(args));
        Process server;
        try {
            server = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException failed) {
            throw new UncheckedIOException("could not start the server JVM", failed);
        }
        // SIGTERM or Ctrl-C to the launcher: stop the server gracefully, wait for it and keep its archive. The JVM
        // halts once its shutdown hooks are done, so the hook does all of it.
        Runnable stopped = new Runnable() {
            private boolean done;

            @Override
            public synchronized void run() {
                if (done) {
                    return;
                }
                done = true;
                server.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the server's pipe

                keep(written, archive, waitFor(server));
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stopped, "stop-server"));
        int status = waitFor(server);
        stopped.run();
        return status;
    }

    private static int waitFor(Process server) {
        boolean interrupted = false;
        while (true) {
            try {
                int status = server.waitFor();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return status;
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
    }

    /** Keeps the archive a server wrote if it stopped as asked (0, or 128 + SIGINT or SIGTERM). */
    private static void keep(Path written, Path archive, int status) {
        try {
            if (Files.isRegularFile(written)
                    && Files.size(written) > 0
                    && (status == 0 || status == 130 || status == 143)) {
                try {
                    Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notHere) {
                    Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING);
                }
            } else if (Files.deleteIfExists(written)) {
                say("Heads Up stopped with status " + status + ": its class-data-sharing archive was not kept");
            }
        } catch (IOException ignored) {
            // the next start trains again
        }
    }

    /**
     * On the server: halts when the launcher's pipe ends (the launcher was killed), and checks that the archive it
     * was given is really mapped; one that is not (a JVM that refused it) is deleted, so the next start makes anew.
     */
    private static void watchLauncher(String archive) {
        Thread watcher = new Thread(
                () -> {
                    try {
                        while (System.in.read() != -1) {
                            // the launcher never writes; read returns -1 when it is gone
                        }
                    } catch (IOException gone) {
                        // the same
                    }
                    say("the launcher has gone: halting");
                    Runtime.getRuntime().halt(137);
                },
                "fast-start-launcher-watch");
        watcher.setDaemon(true);
        watcher.start();
        if ("training".equals(archive)) {
            say("recording the classes this start loads; the archive is written when Heads Up stops");
            return;
        }
        try {
            boolean mapped;
            try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
                mapped = maps.anyMatch(line -> line.endsWith(archive));
            }
            if (mapped) {
                say("classes from the " + (AOT_CACHE ? "AOT cache " : "class-data-sharing archive ") + archive);
            } else {
                say("the " + (AOT_CACHE ? "AOT cache " : "class-data-sharing archive ") + archive
                        + " was not used: it will be made again");
                Files.deleteIfExists(Path.of(archive));
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // nothing to check it by
        }
    }

    /**
     * Ends this JVM as SIGKILL would. {@code Runtime.halt} would first write the class-data-sharing archive of a
     * training start, which takes seconds during which the server would go on holding its port and database.
     */
    private static void killThisJvm() {
        try {
            new ProcessBuilder(
                            "kill",
                            "-KILL",
                            String.valueOf(ProcessHandle.current().pid()))
                    .start()
                    .waitFor();
            Thread.sleep(5_000);
        } catch (IOException | InterruptedException notPossible) {
            // fall back to halting
        }
        Runtime.getRuntime().halt(137);
    }

    private static boolean launcherAlive() {
        String launcher = System.getProperty(LAUNCHER, "");
        return ProcessHandle.current()
                .parent()
                .filter(parent -> String.valueOf(parent.pid()).equals(launcher))
                .map(ProcessHandle::isAlive)
                .orElse(false);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(each -> {
                try {
                    Files.deleteIfExists(each);
                } catch (IOException ignored) {
                    // in use by a running server: left for the next start
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // the same
        }
    }

    private static void say(String message) {
        System.out.println(LocalDateTime.now()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .substring(0, 23) + "  INFO " + ProcessHandle.current().pid() + " --- [heads-up] [fast-start] "
                + message);
    }
}
