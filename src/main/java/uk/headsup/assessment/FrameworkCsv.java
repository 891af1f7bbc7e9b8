package uk.headsup.assessment;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.headsup.assessment.Framework.Link;
import uk.headsup.assessment.Framework.NumericQuestion;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.assessment.Framework.Section;
import uk.headsup.assessment.Framework.Standard;
import uk.headsup.assessment.MalformedFramework.Problem;
import uk.headsup.platform.format.CsvReader;
import uk.headsup.platform.format.CsvReader.Row;
import uk.headsup.platform.format.CsvReader.Table;
import uk.headsup.platform.format.CsvWriter;

/**
 * A framework as a CSV file, to edit in a spreadsheet: one row per standard, with its section in two columns, a
 * column per rating's descriptor, and links, kinds of organisation and numeric questions written one per line in
 * their cell (the layout is in docs/assessment.md). Reading refuses a malformed file with the line and column of
 * every problem found, as {@link FrameworkJson} does: a missing or unknown column, an unknown rating scale, a duplicate
 * standard number, a value that cannot be read.
 */
public final class FrameworkCsv {

    static final String FRAMEWORK = "Framework";
    static final String SECTION = "Section";
    static final String SECTION_TITLE = "Section title";
    static final String NUMBER = "Number";
    static final String STATEMENT = "Statement";
    static final String GUIDANCE = "Guidance";
    static final String SCALE = "Scale";
    static final String DESCRIPTOR = "Descriptor ";
    static final String STATUTORY = "Statutory";
    static final String APPLIES_TO = "Applies to";
    static final String LINKS = "Links";
    static final String QUESTIONS = "Numeric questions";
    static final String SCALE_LABEL = "Scale label";
    static final String SCALE_RATINGS = "Scale ratings";

    private static final List<String> REQUIRED = List.of(FRAMEWORK, SECTION, SECTION_TITLE, NUMBER, STATEMENT, SCALE);
    private static final List<String> OPTIONAL =
            List.of(GUIDANCE, STATUTORY, APPLIES_TO, LINKS, QUESTIONS, SCALE_LABEL, SCALE_RATINGS);
    private static final List<String> TONES = List.of("green", "amber", "red", "grey");
    private static final String NEEDS_ACTION = "needs action";
    private static final String NOT_APPLICABLE = "not applicable";

    private FrameworkCsv() {}

    // ---------------------------------------------------------------------------------------------------- writing

    public static String write(Framework framework) {
        Set<String> ratingKeys = new LinkedHashSet<>();
        framework.standards().forEach(s -> {
            framework.scale(s.scale()).ifPresent(scale -> scale.ratings().forEach(r -> ratingKeys.add(r.key())));
            ratingKeys.addAll(s.descriptors().keySet());
        });
        List<String> header =
                new ArrayList<>(List.of(FRAMEWORK, SECTION, SECTION_TITLE, NUMBER, STATEMENT, GUIDANCE, SCALE));
        ratingKeys.forEach(k -> header.add(DESCRIPTOR + k));
        header.addAll(List.of(STATUTORY, APPLIES_TO, LINKS, QUESTIONS, SCALE_LABEL, SCALE_RATINGS));

        Set<String> declaredWritten = new LinkedHashSet<>();
        List<List<String>> rows = new ArrayList<>();
        for (Section section : framework.sections()) {
            if (section.standards().isEmpty()) {
                List<String> row = new ArrayList<>(List.of(framework.title(), section.number(), section.title()));
                while (row.size() < header.size()) {
                    row.add("");
                }
                rows.add(row);
            }
            for (Standard s : section.standards()) {
                List<String> row = new ArrayList<>(List.of(
                        framework.title(),
                        section.number(),
                        section.title(),
                        s.number(),
                        s.statement(),
                        Objects.requireNonNullElse(s.guidance(), ""),
                        s.scale()));
                ratingKeys.forEach(k -> row.add(s.descriptors().getOrDefault(k, "")));
                row.add(s.statutory() ? "yes" : "no");
                row.add(s.appliesTo().isEmpty() ? "" : kinds(s.appliesTo()));
                row.add(s.links().stream().map(Link::written).collect(Collectors.joining("\n")));
                row.add(s.questions().stream().map(NumericQuestion::written).collect(Collectors.joining("\n")));
                Optional<RatingScale> declared = framework.scales().stream()
                        .filter(d -> d.key().equals(s.scale()))
                        .findFirst();
                if (declared.isPresent() && declaredWritten.add(s.scale())) {
                    row.add(Objects.requireNonNullElse(declared.get().label(), ""));
                    row.add(ratings(declared.get()));
                } else {
                    row.add("");
                    row.add("");
                }
                rows.add(row);
            }
        }
        return CsvWriter.table(header, rows);
    }

    private static String kinds(Set<OrganisationType> kinds) {
        return EnumSet.copyOf(kinds).stream().map(OrganisationType::label).collect(Collectors.joining(", "));
    }

    private static String ratings(RatingScale scale) {
        return scale.ratings().stream()
                .map(r -> {
                    List<String> parts = new ArrayList<>(List.of(r.key(), r.label(), r.tone()));
                    List<String> flags = new ArrayList<>();
                    if (r.needsAction()) {
                        flags.add(NEEDS_ACTION);
                    }
                    if (r.notApplicable()) {
                        flags.add(NOT_APPLICABLE);
                    }
                    if (!flags.isEmpty()) {
                        parts.add(String.join(", ", flags));
                    }
                    return String.join(" | ", parts);
                })
                .collect(Collectors.joining("\n"));
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The framework in this file, checked. */
    public static Framework read(String csv) {
        Table table;
        try {
            table = CsvReader.read(new StringReader(csv));
        } catch (CsvReader.MalformedCsv e) {
            throw new MalformedFramework(List.of(new Problem(
                    (int) e.line(),
                    Problem.WHOLE_FILE,
                    "The file is not valid CSV here: check for an unclosed quote")));
        }
        if (table.header().stream().allMatch(String::isBlank)) {
            throw new MalformedFramework(List.of(new Problem(
                    1,
                    Problem.WHOLE_FILE,
                    "The file is empty: it should start with a line of column names, such as "
                            + String.join(", ", REQUIRED))));
        }
        List<Problem> problems = new ArrayList<>(checkHeader(table));
        if (!problems.isEmpty()) {
            throw new MalformedFramework(problems);
        }
        if (table.rows().isEmpty()) {
            throw new MalformedFramework(
                    List.of(new Problem(2, Problem.WHOLE_FILE, "The file has no standards: add one row per standard")));
        }
        Reading reading = new Reading(table, problems);
        Framework framework = reading.framework();
        if (!problems.isEmpty()) {
            throw new MalformedFramework(problems);
        }
        return framework;
    }

    private static List<Problem> checkHeader(Table table) {
        List<Problem> problems = new ArrayList<>();
        for (String missing : table.missing(REQUIRED)) {
            problems.add(new Problem(1, missing, "The column \u201c" + missing + "\u201d is missing"));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String column : table.header()) {
            if (column.isBlank()) {
                continue;
            }
            String key = normal(column);
            if (!seen.add(key)) {
                problems.add(new Problem(1, column, "The column \u201c" + column + "\u201d is there twice"));
            } else if (descriptorKey(column).map(String::isEmpty).orElse(false)) {
                problems.add(new Problem(
                        1,
                        column,
                        "Name the rating after \u201cDescriptor\u201d, such as \u201cDescriptor green\u201d"));
            } else if (descriptorKey(column).isEmpty()
                    && REQUIRED.stream().noneMatch(c -> normal(c).equals(key))
                    && OPTIONAL.stream().noneMatch(c -> normal(c).equals(key))) {
                problems.add(new Problem(
                        1,
                        column,
                        "This column is not part of the framework format: the columns are "
                                + String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL)
                                + " and a \u201cDescriptor\u201d column for each rating"));
            }
        }
        return problems;
    }

    /** "Descriptor green" → "green"; empty for any other column. */
    private static Optional<String> descriptorKey(String column) {
        String normal = normal(column);
        String prefix = normal(DESCRIPTOR.strip());
        if (normal.equals(prefix)) {
            return Optional.of("");
        }
        return normal.startsWith(prefix + " ")
                ? Optional.of(column.strip().substring(DESCRIPTOR.length()).strip())
                : Optional.empty();
    }

    private static String normal(String column) {
        return column.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** One pass over the rows, collecting every problem rather than stopping at the first. */
    private static final class Reading {
        private final Table table;
        private final List<Problem> problems;
        private final List<String> descriptorColumns;
        private final Map<String, RatingScale> declared = new LinkedHashMap<>();
        private final Map<String, Long> declaredOn = new HashMap<>();

        Reading(Table table, List<Problem> problems) {
            this.table = table;
            this.problems = problems;
            this.descriptorColumns = table.header().stream()
                    .filter(c -> descriptorKey(c).isPresent())
                    .toList();
        }

        Framework framework() {
            table.rows().forEach(this::declaredScale);
            String title = null;
            long titleLine = 0;
            Map<String, String> sectionTitles = new LinkedHashMap<>();
            Map<String, Long> sectionLines = new HashMap<>();
            Map<String, List<Standard>> standards = new LinkedHashMap<>();
            Map<String, Long> numbers = new HashMap<>();
            for (Row row : table.rows()) {
                long line = row.line();
                if (row.fields() > table.header().size()) {
                    problem(line, "(row)", "The row has more cells than the first line has column names");
                }
                if (!row.get("").isEmpty()) {
                    problem(line, "(row)", "A value is under a column with no name: name the column or remove it");
                }
                String framework = cell(row, FRAMEWORK);
                if (!framework.isEmpty()) {
                    if (title == null) {
                        title = framework;
                        titleLine = line;
                    } else if (!title.equals(framework)) {
                        problem(
                                line,
                                FRAMEWORK,
                                "The framework is called \u201c" + title + "\u201d on line " + titleLine
                                        + ": write the same title on every row, or leave it empty");
                    }
                }
                String section = cell(row, SECTION);
                String sectionTitle = cell(row, SECTION_TITLE);
                if (section.isEmpty()) {
                    problem(line, SECTION, "Enter the number of the standard's section, such as 2");
                } else {
                    standards.computeIfAbsent(section, k -> new ArrayList<>());
                    if (!sectionTitle.isEmpty()) {
                        String before = sectionTitles.putIfAbsent(section, sectionTitle);
                        sectionLines.putIfAbsent(section, line);
                        if (before != null && !before.equals(sectionTitle)) {
                            problem(
                                    line,
                                    SECTION_TITLE,
                                    "Section " + section + " is called \u201c" + before + "\u201d on line "
                                            + sectionLines.get(section)
                                            + ": write the same title on each of its rows, or leave it empty");
                        }
                    }
                }
                String number = cell(row, NUMBER);
                if (number.isEmpty() && onlySection(row)) {
                    continue; // a section without standards yet
                }
                if (number.isEmpty()) {
                    problem(line, NUMBER, "Enter the standard's number, such as 2.3");
                } else if (numbers.containsKey(number)) {
                    problem(
                            line,
                            NUMBER,
                            "The standard number " + number + " is used twice (first on line " + numbers.get(number)
                                    + ")");
                } else {
                    numbers.put(number, line);
                }
                Standard standard = standard(row, number);
                if (!section.isEmpty()) {
                    standards.get(section).add(standard);
                }
            }
            if (title == null) {
                problem(2, FRAMEWORK, "Enter the framework's title in the Framework column of the first row");
            }
            for (String section : standards.keySet()) {
                if (!sectionTitles.containsKey(section)) {
                    problem(
                            firstLineOf(section),
                            SECTION_TITLE,
                            "Enter the title of section " + section + " on (at least) its first row");
                }
            }
            List<Section> sections = standards.entrySet().stream()
                    .map(e -> new Section(e.getKey(), sectionTitles.get(e.getKey()), e.getValue()))
                    .toList();
            return new Framework(title, List.copyOf(declared.values()), sections);
        }

        private long firstLineOf(String section) {
            return table.rows().stream()
                    .filter(r -> cell(r, SECTION).equals(section))
                    .mapToLong(Row::line)
                    .findFirst()
                    .orElse(2);
        }

        /** A row with a section and nothing of a standard declares a section that has no standards yet. */
        private boolean onlySection(Row row) {
            List<String> standardColumns = new ArrayList<>(List.of(STATEMENT, GUIDANCE, SCALE, STATUTORY));
            standardColumns.addAll(List.of(APPLIES_TO, LINKS, QUESTIONS, SCALE_LABEL, SCALE_RATINGS));
            standardColumns.addAll(descriptorColumns);
            return standardColumns.stream()
                    .allMatch(c -> cell(row, c).isEmpty()
                            || (c.equals(STATUTORY) && cell(row, c).equals("no")));
        }

        /** The standard on this row; each problem found in it is recorded, column by column. */
        private Standard standard(Row row, String number) {
            long line = row.line();
            String statement = cell(row, STATEMENT);
            if (statement.isEmpty()) {
                problem(line, STATEMENT, "Enter what standard " + number + " asks for");
            }
            String scaleKey = cell(row, SCALE);
            RatingScale scale = null;
            if (scaleKey.isEmpty()) {
                problem(line, SCALE, "Enter the rating scale of standard " + number + ": rag, met, levels or yes-no");
            } else {
                scale = declared.getOrDefault(
                        scaleKey, RatingScale.builtIn(scaleKey).orElse(null));
                if (scale == null) {
                    problem(
                            line,
                            SCALE,
                            "The rating scale \u201c" + scaleKey + "\u201d of standard " + number
                                    + " is unknown: use rag, met, levels or yes-no, or describe it in Scale ratings");
                }
            }
            Map<String, String> descriptors = new LinkedHashMap<>();
            for (String column : descriptorColumns) {
                String text = cell(row, column);
                if (text.isEmpty() || scale == null) {
                    continue;
                }
                String key = descriptorKey(column).orElseThrow();
                Optional<RatingScale.Rating> rating = scale.ratings().stream()
                        .filter(r -> r.key().equalsIgnoreCase(key))
                        .findFirst();
                if (rating.isEmpty()) {
                    problem(
                            line,
                            column,
                            "Standard " + number + " describes a rating \u201c" + key + "\u201d that its scale "
                                    + scale.key() + " does not have: leave this cell empty");
                } else {
                    descriptors.put(rating.get().key(), text);
                }
            }
            String guidance = cell(row, GUIDANCE);
            boolean statutory = statutory(row);
            Set<OrganisationType> appliesTo = appliesTo(row);
            List<Link> links = links(row);
            List<NumericQuestion> questions = questions(row);
            return new Standard(
                    number,
                    statement,
                    guidance.isEmpty() ? null : guidance,
                    links,
                    descriptors,
                    statutory,
                    appliesTo,
                    scaleKey,
                    questions);
        }

        private boolean statutory(Row row) {
            String value = cell(row, STATUTORY).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "yes", "y", "true", "statutory" -> true;
                case "", "no", "n", "false", "optional" -> false;
                default -> {
                    problem(row.line(), STATUTORY, "Write yes or no, not \u201c" + value + "\u201d");
                    yield false;
                }
            };
        }

        private Set<OrganisationType> appliesTo(Row row) {
            Set<OrganisationType> kinds = EnumSet.noneOf(OrganisationType.class);
            for (String part : cell(row, APPLIES_TO).split("[,;\\n]")) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                String constant = name.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
                try {
                    kinds.add(OrganisationType.valueOf(constant));
                } catch (IllegalArgumentException unknown) {
                    problem(
                            row.line(),
                            APPLIES_TO,
                            "\u201c" + name + "\u201d is not a kind of organisation: use "
                                    + EnumSet.allOf(OrganisationType.class).stream()
                                            .map(OrganisationType::label)
                                            .collect(Collectors.joining(", "))
                                    + ", or leave it empty for every kind");
                }
            }
            return kinds;
        }

        private List<Link> links(Row row) {
            List<Link> links = new ArrayList<>();
            for (String line : lines(cell(row, LINKS))) {
                try {
                    links.add(Link.of(line));
                } catch (IllegalArgumentException e) {
                    problem(row.line(), LINKS, e.getMessage());
                }
            }
            return links;
        }

        private List<NumericQuestion> questions(Row row) {
            List<NumericQuestion> questions = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            for (String line : lines(cell(row, QUESTIONS))) {
                try {
                    NumericQuestion question = NumericQuestion.of(line);
                    if (keys.add(question.key())) {
                        questions.add(question);
                    } else {
                        problem(
                                row.line(),
                                QUESTIONS,
                                "The question key \u201c" + question.key() + "\u201d is used twice");
                    }
                } catch (IllegalArgumentException e) {
                    problem(row.line(), QUESTIONS, e.getMessage());
                }
            }
            return questions;
        }

        /** A scale described on this row (Scale label and Scale ratings), remembered for every row that uses it. */
        private void declaredScale(Row row) {
            String ratingsCell = cell(row, SCALE_RATINGS);
            String label = cell(row, SCALE_LABEL);
            String key = cell(row, SCALE);
            long line = row.line();
            if (ratingsCell.isEmpty()) {
                if (!label.isEmpty()) {
                    problem(line, SCALE_RATINGS, "Describe the ratings of the scale " + key + " beside its label");
                }
                return;
            }
            if (key.isEmpty()) {
                return; // reported with the standard's missing scale
            }
            List<RatingScale.Rating> ratings = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            for (String text : lines(ratingsCell)) {
                String[] parts = text.split("\\|", -1);
                String ratingKey = parts[0].strip();
                String ratingLabel = parts.length > 1 ? parts[1].strip() : "";
                String tone = parts.length > 2 ? parts[2].strip().toLowerCase(Locale.ROOT) : "";
                Set<String> flags = parts.length > 3
                        ? Arrays.stream(parts[3].split(","))
                                .map(f -> f.strip().toLowerCase(Locale.ROOT))
                                .filter(f -> !f.isEmpty())
                                .collect(Collectors.toCollection(LinkedHashSet::new))
                        : Set.of();
                if (parts.length > 4 || ratingKey.isEmpty() || ratingLabel.isEmpty() || !TONES.contains(tone)) {
                    problem(
                            line,
                            SCALE_RATINGS,
                            "Write each rating on its own line as key | label | green, amber, red or grey, then"
                                    + " optionally | needs action or | not applicable; not \u201c" + text + "\u201d");
                    continue;
                }
                Set<String> unknown = new LinkedHashSet<>(flags);
                unknown.removeAll(Set.of(NEEDS_ACTION, NOT_APPLICABLE));
                if (!unknown.isEmpty()) {
                    problem(
                            line,
                            SCALE_RATINGS,
                            "\u201c" + String.join(", ", unknown) + "\u201d: a rating can only be marked needs action"
                                    + " or not applicable");
                    continue;
                }
                if (!keys.add(ratingKey)) {
                    problem(line, SCALE_RATINGS, "The rating \u201c" + ratingKey + "\u201d is there twice");
                    continue;
                }
                ratings.add(new RatingScale.Rating(
                        ratingKey, ratingLabel, tone, flags.contains(NEEDS_ACTION), flags.contains(NOT_APPLICABLE)));
            }
            if (ratings.isEmpty()) {
                return;
            }
            RatingScale scale = new RatingScale(key, label.isEmpty() ? null : label, ratings);
            RatingScale before = declared.putIfAbsent(key, scale);
            if (before == null) {
                declaredOn.put(key, line);
            } else if (!before.equals(scale)) {
                problem(
                        line,
                        SCALE_RATINGS,
                        "The scale " + key + " is described differently on line " + declaredOn.get(key)
                                + ": describe it once, or the same way each time");
            }
        }

        private void problem(long line, String field, String message) {
            problems.add(new Problem((int) line, field, message));
        }
    }

    /** The cell as its author wrote it: trimmed, and without the quote the export put before a formula start. */
    private static String cell(Row row, String column) {
        return CsvWriter.unguarded(row.get(column)).strip();
    }

    /** The non-blank lines of a cell (a spreadsheet's Alt+Enter), trimmed. */
    private static List<String> lines(String cell) {
        return cell.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
