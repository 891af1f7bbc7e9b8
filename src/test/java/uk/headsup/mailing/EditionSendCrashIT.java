package uk.headsup.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import uk.headsup.support.RunningJar;

/**
 * Issue 21's crash test as people meet it. The packaged application on its embedded default database, with default
 * settings but for where its mail goes (a recording SMTP server, GreenMail): an administrator imports a few thousand
 * staff through the people import, an officer writes an article for everyone, the editor puts it in an edition and
 * sends it for approval, the publisher approves it, all over real HTTP with sessions and CSRF tokens; publishing
 * ({@code EditionPublished}) mails the edition, rendered for each reader, to its whole readership from the directory.
 *
 * <p>About a third of the way through the send the JVM is killed with SIGKILL (its PostgreSQL is left running, an
 * orphan); started again on the same data directory, it carries on, and at about two thirds both the JVM and its
 * PostgreSQL are killed with SIGKILL (the database comes back by WAL recovery); started a third time, it finishes.
 * Nobody is missed, and every message that arrives twice was in flight at one of the kills: accepted by the SMTP
 * server but not yet marked sent, which the defaults bound to {@value #MARK_SENT_EVERY} messages per worker.
 *
 * <p>The node that finished the send then takes a booking rush over the same real HTTP: it costs the suite no start
 * of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditionSendCrashIT {

    /** Staff imported on top of the demo county's: the edition goes to all of them. */
    static final int STAFF = 3_000;

    /** The defaults of {@code headsup.mailing.mark-sent-every} and {@code .concurrency} (MailingSettings). */
    static final int MARK_SENT_EVERY = 5;

    static final int WORKERS = 2;

    /** Wall-clock patience for a send to reach a point; generous, for a busy shared machine. */
    static final Duration SEND = Duration.ofMinutes(10);

    static final String PUBLISHER = "priya.shah@elmshire.example"; // also the administrator
    static final String EDITOR = "tom.whitaker@elmshire.example";
    static final String WRITER = "grace.okafor@elmshire.example";
    static final String PASSWORD = "heads-up-demo";

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The booking rush over HTTP: this many school staff, signed in with their emailed links, ask at once. */
    static final int BOOKERS = 20;

    static final int PLACES = 5;

    @TempDir
    static Path data;

    static GreenMail smtp;
    static RunningJar node;

    @BeforeAll
    static void mailServer() throws IOException {
        // Readers are crash+N@readers.example: GreenMail files them all in one mailbox, Heads Up sees each address.
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withSieveIgnoreDetail());
        smtp.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void anEditionPublishedThroughItsPagesReachesEveryoneAcrossTwoCrashesWithOnlyInFlightMessagesTwice()
            throws Exception {
        Instant began = Instant.now();
        node = start();

        Browser admin = Browser.signIn(node.port(), PUBLISHER);
        importStaff(admin, "crash", STAFF);

        String title = "Crash-proof notice " + Long.toString(System.nanoTime(), 36);
        Browser writer = Browser.signIn(node.port(), WRITER);
        HttpResponse<String> written = writer.post(
                "/bulletins/articles/new",
                "/bulletins/articles/new",
                Map.of(
                        "action", "submit",
                        "title", title,
                        "summary", "What every member of staff should know this week.",
                        "body", "Everyone is welcome at the book fair at Shire Hall."));
        assertThat(written.statusCode()).as("the article is submitted").isEqualTo(302);
        long article = idAfter(written, "/bulletins/articles/");

        Browser editor = Browser.signIn(node.port(), EDITOR);
        HttpResponse<String> started =
                editor.post("/bulletins/editions/new", "/bulletins/editions", Map.of("series", "heads-up"));
        assertThat(started.statusCode()).as("an edition is started").isEqualTo(302);
        long edition = idAfter(started, "/bulletins/editions/");
        String page = "/bulletins/editions/" + edition;
        long section =
                single("select id from bulletin_sections where edition_id = " + edition + " order by position limit 1");
        assertThat(editor.post(
                                page + "/articles",
                                page,
                                Map.of("articleId", Long.toString(article), "sectionId", Long.toString(section)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(editor.post(page + "/send", page, Map.of()).statusCode()).isEqualTo(302);
        assertThat(single("select count(*) from bulletin_editions where id = " + edition + " and status = 'IN_REVIEW'"))
                .as("sent for approval")
                .isEqualTo(1);

        Browser publisher = admin;
        assertThat(publisher
                        .post(page + "/approve", page, Map.of("when", "now"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(publisher.get(page).body()).contains("Approved and published");

        long mailshot = single("select id from mailshots where key = 'edition:" + edition + "'");
        Map<String, String> recipients = recipientsById(mailshot);
        int total = recipients.size();
        assertThat(total)
                .as("the readership: the imported staff and the demo county's")
                .isGreaterThan(STAFF);
        System.out.printf("Edition %d published to %d readers, %s after the start%n", edition, total, since(began));

        // 1. SIGKILL the JVM at about 30 %: its PostgreSQL carries on alone.
        awaitSent(mailshot, total * 3 / 10);
        Set<String> inFlight = new HashSet<>(killAndTakeStock(mailshot, recipients.keySet(), Set.of(), "first kill"));
        long orphan = postmasterPid();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the embedded PostgreSQL outlives the killed JVM")
                .contains(true);

        node = start();
        assertThat(node.output()).contains("was left running by an earlier process; stopping it");

        // 2. At about 65 %, SIGKILL the JVM and then its PostgreSQL: the next start recovers from the WAL.
        awaitSent(mailshot, total * 65 / 100);
        inFlight.addAll(killAndTakeStock(mailshot, recipients.keySet(), Set.copyOf(inFlight), "second kill"));
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get();
        assertThat(data.resolve("postgres/postmaster.pid"))
                .as("killed without a shutdown")
                .exists();

        node = start();
        assertThat(node.output()).contains("Removing stale");
        awaitSent(mailshot, total);
        // Only the edition's messages: the demo county and the publication send other email to the same server.
        Map<String, Integer> received = awaitReceived(recipients.keySet());
        received.keySet().retainAll(recipients.keySet());

        Set<String> lost = new HashSet<>(recipients.keySet());
        lost.removeAll(received.keySet());
        Map<String, Integer> duplicates = received.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.printf(
                "Two crashes sending edition %d to %d readers: %d lost, %d duplicates, %d in flight at the kills;"
                        + " %s in all%n",
                edition, total, lost.size(), duplicates.size(), inFlight.size(), since(began));
        assertThat(lost).as("nobody is missed").isEmpty();
        assertThat(duplicates.keySet())
                .as("every message received twice was in flight (accepted, not yet marked sent) at a kill")
                .isSubsetOf(inFlight);
        assertThat(duplicates.values())
                .as("sent again at most once per kill")
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(single("select count(*) from outbox_messages where mailshot_id = " + mailshot
                        + " and status <> 'SENT'"))
                .as("every message marked sent, none failed")
                .isZero();
        theEditionsOwnRendering(mailshot, title);
    }

    /**
     * The booking rush as people meet it, over real HTTP on the same node (Tomcat, its threads, the pool): school
     * staff sign in with the link emailed to them, open the booking page of an event with fewer places than them for
     * their session's CSRF token, and all book at once. No request gets an error (a 5xx fails the test), exactly the
     * places are confirmed, everyone else waits. Sized for two shared cores; {@code BookingRushIT} has the thousand.
     */
    @Test
    @Order(2)
    void schoolStaffRushingForFewerPlacesOverHttpAllGetAnAnswerAndExactlyThePlacesAreConfirmed() throws Exception {
        if (node == null) {
            node = start();
        }
        Browser admin = Browser.signIn(node.port(), PUBLISHER);
        List<String> bookers = importStaff(admin, "rush", BOOKERS);
        // The awards evening is for all staff, books automatically and two a school: these bookers are at different
        // schools. Its events officer leaves it PLACES more places than are taken.
        long event = single("select id from events where type = 'AWARD_CEREMONY' order by id limit 1");
        long taken =
                single("select count(*) from event_places where event_id = " + event + " and status = 'CONFIRMED'");
        Browser officer = Browser.signIn(node.port(), WRITER);
        assertThat(officer.post(
                                "/events/" + event + "/capacity",
                                "/events/" + event + "/manage",
                                Map.of("capacity", Long.toString(taken + PLACES)))
                        .statusCode())
                .isEqualTo(302);

        record Booker(Browser browser, String csrf, String organisation) {}
        List<Booker> ready = new ArrayList<>();
        for (String email : bookers) {
            Browser browser = Browser.signInWithLink(node.port(), email, smtp);
            String page = browser.get("/events/" + event + "/book").body();
            Matcher csrf = CSRF.matcher(page);
            Matcher organisation =
                    Pattern.compile("name=\"organisation\" value=\"(\\d+)\"").matcher(page);
            assertThat(csrf.find() && organisation.find())
                    .as("%s may book, with the CSRF token of their session", email)
                    .isTrue();
            ready.add(new Booker(browser, csrf.group(1), organisation.group(1)));
        }

        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> rush = new ArrayList<>();
        for (Booker booker : ready) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    HttpResponse<String> booked = booker.browser()
                            .http()
                            .send(
                                    booker.browser()
                                            .request("/events/" + event + "/book")
                                            .header("Content-Type", "application/x-www-form-urlencoded")
                                            .POST(HttpRequest.BodyPublishers.ofString("_csrf="
                                                    + URLEncoder.encode(booker.csrf(), StandardCharsets.UTF_8)
                                                    + "&organisation=" + booker.organisation()))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    String to = booked.headers().firstValue("Location").orElse("");
                    if (booked.statusCode() != 302 || !to.contains("/events/bookings/")) {
                        errors.add("HTTP " + booked.statusCode() + " " + to);
                    }
                } catch (Exception e) {
                    errors.add(e.toString());
                }
            });
            thread.start();
            rush.add(thread);
        }
        go.countDown();
        for (Thread thread : rush) {
            thread.join(Duration.ofMinutes(3).toMillis());
        }

        assertThat(errors).as("answers other than a booking (a 5xx among them)").isEmpty();
        String theirs =
                " from event_places where event_id = " + event + " and attendee_email like 'rush+%' and status = ";
        assertThat(single("select count(*)" + theirs + "'CONFIRMED'")).isEqualTo(PLACES);
        assertThat(single("select count(*)" + theirs + "'WAITING'")).isEqualTo(BOOKERS - PLACES);
        assertThat(node.stop()).as("a graceful stop").isIn(0, 143);
    }

    /** A CSV file of so many people, one pastoral role each at the demo county's open schools, uploaded. */
    private List<String> importStaff(Browser admin, String prefix, int staff) throws Exception {
        List<String> urns =
                strings("select urn from organisations where kind = 'SCHOOL' and urn is not null and status <> 'CLOSED'"
                        + " order by urn");
        assertThat(urns).as("the demo county's schools").isNotEmpty();
        StringBuilder csv =
                new StringBuilder("Email,Full name,Phone,Job title,Organisation URN,Role,Start date,End date\n");
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= staff; i++) {
            String email = prefix + "+" + i + "@readers.example";
            csv.append("%s,%s%d Staff,01632 %06d,Teacher,%s,Pastoral lead,01/09/2025,\n"
                    .formatted(email, prefix.toUpperCase(), i, i, urns.get(i % urns.size())));
            emails.add(email);
        }
        HttpResponse<String> imported =
                admin.upload("/directory/people/import", "/directory/people/import", "staff.csv", csv.toString());
        assertThat(imported.statusCode())
                .as("the import answers with its report")
                .isEqualTo(302);
        long report = idAfter(imported, "/imports/");
        assertThat(strings("select status || ' ' || added from directory_imports where id = " + report))
                .containsExactly("DONE " + staff);
        return emails;
    }

    /**
     * SIGKILLs the JVM, then reads what was marked sent, what the dead node still held (claimed) and what the SMTP
     * server holds: the messages in flight at this kill are those the node held that the server accepted, at most
     * {@value #MARK_SENT_EVERY} a worker. Messages accepted and not marked that the node did not hold are left from an
     * earlier kill (released claims queue behind the rest of the send), so they must have been in flight then.
     */
    private Set<String> killAndTakeStock(long mailshot, Set<String> edition, Set<String> earlier, String which)
            throws Exception {
        node.kill();
        int total = edition.size();
        String of = "select message_id from outbox_messages where mailshot_id = " + mailshot + " and status = ";
        Set<String> marked = new HashSet<>(strings(of + "'SENT'"));
        Set<String> held = new HashSet<>(strings(of + "'SENDING'"));
        Set<String> accepted = new HashSet<>(settledReceived().keySet());
        accepted.retainAll(edition);
        Set<String> notMarked = new HashSet<>(accepted);
        notMarked.removeAll(marked);
        Set<String> inFlight = new HashSet<>(notMarked);
        inFlight.retainAll(held);
        Set<String> leftOver = new HashSet<>(notMarked);
        leftOver.removeAll(held);
        Set<String> markedNotAccepted = new HashSet<>(marked);
        markedNotAccepted.removeAll(accepted);
        System.out.printf(
                "%s: %d of %d marked sent, %d held, %d accepted by the SMTP server: %d in flight, %d left from before%n",
                which, marked.size(), total, held.size(), accepted.size(), inFlight.size(), leftOver.size());
        assertThat(marked.size()).as("killed in the middle of the send").isLessThan(total);
        assertThat(markedNotAccepted)
                .as("nothing is marked sent before the server accepts it")
                .isEmpty();
        assertThat(inFlight.size())
                .as("in flight: at most mark-sent-every (%d) for each of the %d workers", MARK_SENT_EVERY, WORKERS)
                .isLessThanOrEqualTo(MARK_SENT_EVERY * WORKERS);
        assertThat(leftOver)
                .as("accepted, not marked and not held: in flight at an earlier kill")
                .isSubsetOf(earlier);
        return inFlight;
    }

    /** What readers see: the edition, as rendered for them, with its unsubscribe header. */
    private void theEditionsOwnRendering(long mailshot, String articleTitle) throws Exception {
        String subject =
                strings("select title from mailshots where id = " + mailshot).get(0);
        MimeMessage sample = null;
        for (StoredMessage stored : smtp.getManagers().getImapHostManager().getAllMessages()) {
            MimeMessage m = stored.getMimeMessage();
            if (((InternetAddress) m.getAllRecipients()[0]).getAddress().startsWith("crash+")) {
                sample = m;
                break;
            }
        }
        assertThat(sample).as("a message to an imported reader").isNotNull();
        assertThat(sample.getSubject())
                .as("the edition's subject, with its first article")
                .startsWith(subject)
                .contains(articleTitle);
        assertThat(text(sample)).contains(articleTitle);
        assertThat(sample.getHeader("List-Unsubscribe")).isNotEmpty();
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        StringBuilder all = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child));
            }
        }
        return all.toString();
    }

    private RunningJar start() throws Exception {
        return RunningJar.start(Map.of(
                        "HEADSUP_DATA_DIR", data.toString(),
                        "SPRING_MAIL_HOST", "127.0.0.1",
                        "SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort())))
                .awaitHealthy();
    }

    private void awaitSent(long mailshot, int sent) {
        await(sent + " sent within " + SEND)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> single("select count(*) from outbox_messages where mailshot_id = " + mailshot
                                + " and status = 'SENT'")
                        >= sent);
    }

    /** Until every message has arrived, then a moment more for any that arrive again. */
    private Map<String, Integer> awaitReceived(Set<String> ids) throws Exception {
        await("all received within " + SEND)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> received().keySet().containsAll(ids));
        return settledReceived();
    }

    /**
     * What the server holds once it has received nothing more for a second (the sender may just have died); within
     * the same deadline as the sending, so that a sender that never stops fails the test instead of hanging it.
     */
    private Map<String, Integer> settledReceived() {
        AtomicReference<Map<String, Integer>> before = new AtomicReference<>(Map.of());
        return await("nothing more received for a second, within " + SEND)
                .pollDelay(Duration.ofSeconds(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(this::received, now -> now.equals(before.getAndSet(now)));
    }

    private static ConditionFactory await(String what) {
        return Awaitility.await(what).atMost(SEND);
    }

    /** Messages the SMTP server received, counted by Message-ID. */
    private Map<String, Integer> received() throws Exception {
        Map<String, Integer> byId = new HashMap<>();
        for (StoredMessage message : smtp.getManagers().getImapHostManager().getAllMessages()) {
            String id = message.getMimeMessage().getMessageID();
            if (id != null) {
                byId.merge(id, 1, Integer::sum);
            }
        }
        return byId;
    }

    private Map<String, String> recipientsById(long mailshot) throws Exception {
        Map<String, String> byId = new LinkedHashMap<>();
        try (Connection c = database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select message_id, recipient from outbox_messages where mailshot_id = " + mailshot)) {
            while (rs.next()) {
                byId.put(rs.getString(1), rs.getString(2));
            }
        }
        return byId;
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                .get(0)
                .trim());
    }

    private Connection database() throws Exception {
        String port = Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                .get(3)
                .trim();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/headsup?user=postgres");
    }

    private long single(String sql) throws Exception {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql) throws Exception {
        try (Connection c = database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static long idAfter(HttpResponse<String> response, String prefix) {
        String location = response.headers().firstValue("Location").orElseThrow();
        Matcher id = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(location);
        assertThat(id.find()).as("%s leads to %s…", location, prefix).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static String since(Instant began) {
        return Duration.between(began, Instant.now()).toSeconds() + " s";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One person's browser: a session cookie, the CSRF token of the form it posts, no redirects followed. */
    record Browser(HttpClient http, int port) {

        static final Pattern LINK = Pattern.compile("/sign-in/link\\?token=([A-Za-z0-9_-]+)");

        static Browser open(int port) {
            return new Browser(
                    HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build(),
                    port);
        }

        /** School staff: asks for a sign-in link, reads it from the email the SMTP server received, follows it. */
        static Browser signInWithLink(int port, String email, GreenMail smtp) throws Exception {
            Browser browser = open(port);
            HttpResponse<String> asked = browser.post("/sign-in/link/request", "/sign-in", Map.of("email", email));
            assertThat(asked.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in/link/sent"));
            String token = Awaitility.await("a sign-in link for " + email)
                    .atMost(SEND)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> signInToken(smtp, email), Objects::nonNull);
            HttpResponse<String> signedIn =
                    browser.post("/sign-in/link", "/sign-in/link?token=" + token, Map.of("token", token));
            assertThat(signedIn.headers().firstValue("Location"))
                    .as("%s signs in with the emailed link", email)
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("sign-in"));
            return browser;
        }

        /** The token of a sign-in link the SMTP server holds for this address, or null while none has come. */
        private static String signInToken(GreenMail smtp, String email) throws Exception {
            String token = null;
            for (StoredMessage stored : smtp.getManagers().getImapHostManager().getAllMessages()) {
                MimeMessage m = stored.getMimeMessage();
                if (((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(email)) {
                    Matcher link = LINK.matcher(text(m));
                    if (link.find()) {
                        token = link.group(1);
                    }
                }
            }
            return token;
        }

        static Browser signIn(int port, String email) throws Exception {
            Browser browser = open(port);
            HttpResponse<String> signedIn = browser.post(
                    "/sign-in/password", "/sign-in/password", Map.of("email", email, "password", PASSWORD));
            assertThat(signedIn.headers().firstValue("Location"))
                    .as("%s signs in with a password", email)
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("failed"));
            return browser;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> page = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
            return page;
        }

        /** Posts the form on {@code formPage}, with the CSRF token that page carries. */
        HttpResponse<String> post(String path, String formPage, Map<String, String> fields) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", csrf(formPage));
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> upload(String path, String formPage, String filename, String content) throws Exception {
            String boundary = "----crash" + System.nanoTime();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                    + csrf(formPage)
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
            return send(request(path)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("%s %s: %s", response.request().method(), response.uri(), response.body())
                    .isLessThan(400);
            return response;
        }

        private String csrf(String formPage) throws Exception {
            Matcher token = CSRF.matcher(get(formPage).body());
            assertThat(token.find()).as("%s carries a CSRF token", formPage).isTrue();
            return token.group(1);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofMinutes(3));
        }
    }
}
