package uk.headsup.recognition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.directory.OfstedGrade;

/**
 * A recognition scheme as data, set up and edited by the schemes officer: who may apply, the eligibility rule, the
 * toolkit (a framework of the self-assessment engine, by its key, held at one version or always the newest), the award
 * levels if any, how long an award lasts and whether an annual update is due in between.
 *
 * @param frameworkVersion the toolkit's version number new applications use; null for the newest
 * @param minimumGrade the lowest Ofsted grade an early years applicant may hold; null for no grade rule
 * @param awardLevels the levels the panel awards at, lowest first; empty if the scheme has none
 * @param groupSize how many schools a group of primary schools needs to submit, and above how many it needs the
 *     officer's agreement
 */
public record Scheme(
        String key,
        String name,
        Set<Applicants> applicants,
        String summary,
        String frameworkKey,
        Integer frameworkVersion,
        OfstedGrade minimumGrade,
        List<String> awardLevels,
        int awardYears,
        boolean annualUpdate,
        GroupSize groupSize) {

    /** How long an award lasts unless the officer says otherwise. */
    public static final int DEFAULT_AWARD_YEARS = 3;

    public static final int MOST_LEVELS = 6;

    /** A scheme with the usual group size, {@link GroupSize#USUAL}. */
    public Scheme(
            String key,
            String name,
            Set<Applicants> applicants,
            String summary,
            String frameworkKey,
            Integer frameworkVersion,
            OfstedGrade minimumGrade,
            List<String> awardLevels,
            int awardYears,
            boolean annualUpdate) {
        this(
                key,
                name,
                applicants,
                summary,
                frameworkKey,
                frameworkVersion,
                minimumGrade,
                awardLevels,
                awardYears,
                annualUpdate,
                GroupSize.USUAL);
    }

    public Scheme {
        groupSize = groupSize == null ? GroupSize.USUAL : groupSize;
        if (awardYears < 1 || awardYears > 10) {
            throw new IllegalArgumentException("An award lasts from 1 to 10 years, not " + awardYears);
        }
        if (applicants == null || applicants.isEmpty()) {
            throw new IllegalArgumentException("A scheme needs at least one kind of applicant");
        }
        applicants = Set.copyOf(applicants);
        awardLevels = awardLevels == null ? List.of() : List.copyOf(awardLevels);
        List<String> problems = levelProblems(awardLevels);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The same scheme with another toolkit: a framework key, held at a version or (null) always the newest. */
    public Scheme withToolkit(String key, Integer version) {
        return new Scheme(
                this.key,
                name,
                applicants,
                summary,
                key,
                version,
                minimumGrade,
                awardLevels,
                awardYears,
                annualUpdate,
                groupSize);
    }

    /**
     * Of the versions of the scheme's toolkit (newest first, as {@code Frameworks.versions} lists them), the one new
     * applications start on: the version the officer holds the scheme at, or the newest; empty if there is none.
     */
    public Optional<FrameworkVersion> startingVersion(List<FrameworkVersion> versions) {
        return versions.stream()
                .filter(v -> frameworkVersion == null || v.number() == frameworkVersion)
                .findFirst();
    }

    /**
     * Each setting the officer can change, in words, in the order of the scheme form; for the scheme's history. The
     * toolkit is named by its title, which {@code toolkitTitle} gives for a scheme (the file key means nothing to the
     * officer).
     */
    public Map<String, String> settings(Function<Scheme, String> toolkitTitle) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("Name", name);
        settings.put("Summary", summary);
        settings.put("Who may apply", applicantsInWords());
        settings.put("Group size", groupSize.inWords());
        settings.put("Ofsted grade rule", minimumGrade == null ? "None" : minimumGrade.label() + " or better");
        settings.put(
                "Toolkit",
                toolkitTitle.apply(this)
                        + (frameworkVersion == null
                                ? ", always the newest version"
                                : ", version " + frameworkVersion + " only"));
        settings.put("Award levels", awardLevels.isEmpty() ? "None" : String.join(", ", awardLevels));
        settings.put("How long an award lasts", awardYears + (awardYears == 1 ? " year" : " years"));
        settings.put("Annual update", annualUpdate ? "Due every year in between" : "Not needed");
        return settings;
    }

    /** What the officer changed from the scheme as it was, setting by setting; empty if nothing. */
    public List<Change> changesFrom(Scheme before, Function<Scheme, String> toolkitTitle) {
        Map<String, String> was = before.settings(toolkitTitle);
        List<Change> changes = new ArrayList<>();
        settings(toolkitTitle).forEach((setting, now) -> {
            if (!Objects.equals(was.get(setting), now)) {
                changes.add(new Change(setting, was.get(setting), now));
            }
        });
        return changes;
    }

    /** One setting changed: what it was and what it is now, in words. */
    public record Change(String setting, String before, String after) {}

    /** Whether this kind of applicant may apply. */
    public boolean admits(Applicants kind) {
        return applicants.contains(kind);
    }

    /** Who may apply, in words, in the order of {@link Applicants}. */
    public String applicantsInWords() {
        List<String> words = EnumSet.copyOf(applicants).stream()
                .map(a -> a.label().toLowerCase(Locale.UK))
                .toList();
        String all = words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
        return Character.toUpperCase(all.charAt(0)) + all.substring(1);
    }

    public boolean hasLevels() {
        return !awardLevels.isEmpty();
    }

    /**
     * What is wrong with these award levels, in plain words naming the line: each level in 1 to 60 characters, no two
     * the same, at most {@value #MOST_LEVELS}.
     */
    public static List<String> levelProblems(List<String> levels) {
        List<String> problems = new ArrayList<>();
        if (levels.size() > MOST_LEVELS) {
            problems.add("A scheme has at most " + MOST_LEVELS + " award levels, not " + levels.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            String level = levels.get(i);
            if (level == null || level.isBlank()) {
                problems.add("Award level " + (i + 1) + " is empty");
            } else if (level.length() > 60) {
                problems.add("Award level " + (i + 1) + " is longer than 60 characters");
            } else if (!seen.add(level.strip().toLowerCase(Locale.UK))) {
                problems.add("Award level " + (i + 1) + " (\"" + level.strip() + "\") is already in the list");
            }
        }
        return problems;
    }

    /** The award levels from text with one level on each line; blank lines are left out. */
    public static List<String> levelsFrom(String lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The level as the panel or assessor gave it, checked against the scheme's list; why not, if it is not one. */
    public List<String> levelProblem(String level, boolean awarded) {
        String given = level == null ? "" : level.strip();
        if (!awarded || !hasLevels()) {
            return given.isEmpty() || !awarded
                    ? List.of()
                    : List.of("The " + name + " has no award levels: leave the level empty");
        }
        if (given.isEmpty()) {
            return List.of("Choose the level awarded: " + String.join(", ", awardLevels));
        }
        return awardLevels.contains(given)
                ? List.of()
                : List.of("\"" + given + "\" is not a level of the " + name + ": choose one of "
                        + String.join(", ", awardLevels));
    }

    /**
     * How big a group of primary schools may be: at least {@code smallest} schools that have joined to submit, and
     * more than {@code largest} only with the schemes officer's agreement.
     */
    public record GroupSize(int smallest, int largest) {

        /** What the Quality Mark has always asked: at least 3, more than 6 with the officer's agreement. */
        public static final GroupSize USUAL = new GroupSize(3, 6);

        public static final int MOST = 30;

        public GroupSize {
            List<String> problems = problems(smallest, largest);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
        }

        /** "at least 3 schools; more than 6 with the officer's agreement". */
        public String inWords() {
            return "at least " + smallest + " schools; more than " + largest + " with the officer's agreement";
        }

        /** What is wrong with these sizes, in plain words naming the field; empty if nothing. */
        public static List<String> problems(int smallest, int largest) {
            List<String> problems = new ArrayList<>();
            smallestProblem(smallest).ifPresent(problems::add);
            largestProblem(smallest, largest).ifPresent(problems::add);
            return problems;
        }

        public static Optional<String> smallestProblem(int smallest) {
            return smallest < 2 || smallest > MOST
                    ? Optional.of("The smallest group is from 2 to " + MOST + " schools, not " + smallest)
                    : Optional.empty();
        }

        public static Optional<String> largestProblem(int smallest, int largest) {
            return largest < smallest || largest > MOST
                    ? Optional.of("The largest group without your agreement is from the smallest group (" + smallest
                            + ") to " + MOST + " schools, not " + largest)
                    : Optional.empty();
        }
    }

    /** Who may apply. */
    public enum Applicants {
        EARLY_YEARS("Early years settings and childminders"),
        PRIMARY_GROUP("Groups of primary schools"),
        SECONDARY_DEPARTMENT("Departments and faculties of secondary schools");

        private final String label;

        Applicants(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** For the checkboxes fragment: no hint. */
        public String description() {
            return null;
        }
    }
}
