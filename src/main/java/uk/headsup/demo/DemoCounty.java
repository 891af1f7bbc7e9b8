package uk.headsup.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.SignInHint;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

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
    private static final LocalDate SINCE = LocalDate.of(2024, 9, 1);

    private final DirectoryRecords directory;
    private final Accounts accounts;
    private final Clock clock;
    private final boolean enabled;
    private final List<SignInHint> hints;

    DemoCounty(
            DirectoryRecords directory,
            Accounts accounts,
            Environment environment,
            Clock clock,
            @Value("${headsup.demo:true}") boolean demo) {
        this.directory = directory;
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
        Map<String, List<Long>> schoolsByDistrict = new HashMap<>();
        for (ElmshireData.Organisation o : ElmshireData.plan()) {
            long id = directory.addOrganisation(o.organisation());
            for (ElmshireData.Person p : o.people()) {
                long person =
                        directory.addPerson(p.name(), p.email(), null, p.role().label());
                directory.appoint(person, id, p.role(), SINCE);
            }
            if (o.organisation().kind() == OrganisationKind.SCHOOL) {
                schoolsByDistrict
                        .computeIfAbsent(o.organisation().district(), d -> new ArrayList<>())
                        .add(id);
            }
        }
        directory.addCluster("Northbrook Schools Partnership", schoolsByDistrict.get("Northbrook"));
        directory.addCluster("Ashby Vale Learning Community", schoolsByDistrict.get("Ashby Vale"));
        posts = loadTeams();
        log.info("Demo county loaded: Elmshire, with its schools, early years settings, staff and officers");
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
        List<ElmshireData.Organisation> plan = ElmshireData.plan();
        hint(plan, Phase.PRIMARY, OrganisationKind.SCHOOL, OrganisationRole.HEADTEACHER)
                .ifPresent(hints::add);
        hint(plan, Phase.SECONDARY, OrganisationKind.SCHOOL, OrganisationRole.SENCO)
                .ifPresent(hints::add);
        hint(plan, Phase.SECONDARY, OrganisationKind.SCHOOL, OrganisationRole.DSL)
                .ifPresent(hints::add);
        hint(plan, Phase.NURSERY, OrganisationKind.EARLY_YEARS_SETTING, OrganisationRole.SETTING_MANAGER)
                .ifPresent(hints::add);
        hint(plan, Phase.NURSERY, OrganisationKind.CHILDMINDER, OrganisationRole.CHILDMINDER)
                .ifPresent(hints::add);
        return hints;
    }

    private static Optional<SignInHint> hint(
            List<ElmshireData.Organisation> plan, Phase phase, OrganisationKind kind, OrganisationRole role) {
        return plan.stream()
                .filter(o ->
                        o.organisation().phase() == phase && o.organisation().kind() == kind)
                .flatMap(o -> o.people().stream()
                        .filter(p -> p.role() == role)
                        .map(p -> new SignInHint(
                                p.email(),
                                p.name() + ", " + role.label() + ", "
                                        + o.organisation().name(),
                                null)))
                .findFirst();
    }
}
