package uk.headsup.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.SignInHint;
import uk.headsup.directory.Audience;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.Directory;
import uk.headsup.directory.DirectoryImports;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationFacts;
import uk.headsup.directory.OrganisationKind;

/**
 * Loads Elmshire into an empty directory when Heads Up runs on its embedded database with
 * {@code HEADSUP_DEMO} not false, and never under the production profile.
 */
@Component
class DemoCounty implements SmartLifecycle, SignInHint.Source {

    /** Loads before the first administrator is considered, and both before the web server takes requests. */
    static final int PHASE = 0;

    static final String PASSWORD = "heads-up-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);
    /** When the officers took up their posts (the staff files' start date too). */
    private static final LocalDate SINCE = LocalDate.of(2024, 9, 1);

    private static final String STARTED_BY = "the demo county";

    private final DirectoryRecords directory;
    private final DirectoryImports imports;
    private final Directory organisations;
    private final Accounts accounts;
    private final Clock clock;
    private final boolean enabled;
    private final List<SignInHint> hints;

    DemoCounty(
            DirectoryRecords directory,
            DirectoryImports imports,
            Directory organisations,
            Accounts accounts,
            Environment environment,
            Clock clock,
            @Value("${headsup.demo:true}") boolean demo) {
        this.directory = directory;
        this.imports = imports;
        this.organisations = organisations;
        this.clock = clock;
        this.accounts = accounts;
        this.enabled = demo
                && environment.getProperty("spring.datasource.url", "").isBlank()
                && !environment.acceptsProfiles(Profiles.of("production"));
        this.hints = enabled ? describeHints() : List.of();
    }

    private volatile boolean loaded;
    /** The authority's posts by title, once this start loaded them (the demo's bulletins name their contacts). */
    private volatile Map<String, Long> posts = Map.of();

    Map<String, Long> authorityPosts() {
        return posts;
    }

    /** Whether this installation gets the demo county (embedded database, demo on, not production). */
    boolean enabled() {
        return enabled;
    }

    /** Before the web server takes requests, so that the addresses the home page offers already work. */
    @Override
    @Transactional
    public void start() {
        loaded = true;
        if (!enabled) {
            return;
        }
        log.warn(
                "DEMO INSTALLATION: the made-up county of Elmshire with {} authority accounts sharing the password"
                        + " '{}' (one an administrator), offered on the sign-in page. Not for real data: use your own"
                        + " PostgreSQL (SPRING_DATASOURCE_URL) or set HEADSUP_DEMO=false.",
                ElmshireData.OFFICERS.size(),
                PASSWORD);
        if (!directory.isEmpty()) {
            return;
        }
        for (ElmshireData.Officer officer : ElmshireData.OFFICERS) {
            if (!accounts.hasAuthorityAccount(officer.email())) {
                accounts.createAuthorityAccount(officer.email(), officer.name(), officer.roles(), PASSWORD);
            }
        }
        loadSchoolsSettingsAndStaff();
        loadClusters();
        posts = loadTeams();
        log.info("Demo county loaded: Elmshire, with its schools, early years settings, staff and officers");
    }

    /** Through the directory's own imports, as an authority brings its GIAS extract, register and staff list. */
    private void loadSchoolsSettingsAndStaff() {
        imports.gias(ElmshireData.SCHOOLS, file(ElmshireData.SCHOOLS), List.of(ElmshireData.LA_CODE), STARTED_BY)
                .requireEveryRow();
        imports.earlyYearsRegister(ElmshireData.EARLY_YEARS, file(ElmshireData.EARLY_YEARS), STARTED_BY)
                .requireEveryRow();
        imports.people(ElmshireData.PEOPLE, file(ElmshireData.PEOPLE), STARTED_BY)
                .requireEveryRow();
    }

    private void loadClusters() {
        Map<String, List<Long>> schoolsByDistrict =
                organisations.organisations(Audience.everyone().ofKinds(OrganisationKind.SCHOOL)).stream()
                        .filter(o -> o.district() != null)
                        .collect(Collectors.groupingBy(
                                OrganisationFacts::district,
                                Collectors.mapping(OrganisationFacts::id, Collectors.toList())));
        for (String[] cluster : ElmshireData.CLUSTERS) {
            directory.addCluster(cluster[0], schoolsByDistrict.get(cluster[1]));
        }
    }

    /** A file of the demo county, from the classpath. */
    static byte[] file(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo county's file " + path + " cannot be read", e);
        }
    }

    /**
     * The authority's teams and posts, with cover around the day the county is loaded: Helen Marsh is away and
     * Owen Reid is the main point of contact; Marcus Lee is the interim Early Years Inclusion Adviser, a vacant
     * post; Ruth Adeyemi acted up as SEND and Inclusion Lead last spring (history).
     */
    private Map<String, Long> loadTeams() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
        Map<String, Long> people = new HashMap<>();
        for (ElmshireData.TeamMember member : ElmshireData.TEAM_MEMBERS) {
            people.put(
                    member.email(), directory.addPerson(member.name(), member.email(), member.phone(), member.title()));
        }
        Map<String, Long> posts = new HashMap<>();
        for (ElmshireData.Team team : ElmshireData.TEAMS) {
            long teamId = directory.addTeam(team.name(), team.email());
            for (ElmshireData.TeamPost post : team.posts()) {
                long postId = directory.addPost(teamId, post.title(), post.areas());
                posts.put(post.title(), postId);
                if (post.holderEmail() != null) {
                    directory.appointToPost(postId, people.get(post.holderEmail()), SINCE);
                }
            }
        }
        directory.arrangeCover(
                posts.get("Education Safeguarding Lead"),
                people.get("owen.reid@elmshire.example"),
                CoverKind.MAIN_CONTACT,
                today.minusWeeks(1),
                today.plusWeeks(8),
                "While Helen is on leave");
        directory.arrangeCover(
                posts.get("Early Years Inclusion Adviser"),
                people.get("marcus.lee@elmshire.example"),
                CoverKind.INTERIM,
                SINCE.plusMonths(4),
                null,
                "Until the post is filled");
        LocalDate spring = LocalDate.of(today.getYear() - 1, 3, 3);
        directory.arrangeCover(
                posts.get("SEND and Inclusion Lead (0-25)"),
                people.get("ruth.adeyemi@elmshire.example"),
                CoverKind.ACTING,
                spring,
                spring.plusWeeks(6),
                null);
        return posts;
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return loaded;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public List<SignInHint> hints() {
        return hints;
    }

    private static List<SignInHint> describeHints() {
        List<SignInHint> hints = new ArrayList<>();
        for (ElmshireData.Officer officer : ElmshireData.OFFICERS) {
            hints.add(new SignInHint(officer.email(), officer.name() + ", " + officer.title(), PASSWORD));
        }
        hints.addAll(ElmshireData.STAFF_HINTS);
        return hints;
    }
}
