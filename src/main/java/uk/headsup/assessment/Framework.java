package uk.headsup.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The content of one version of a framework: its rating scales and its sections of numbered standards. Exported and
 * imported as JSON by {@link FrameworkJson} (see docs/assessment.md).
 */
public record Framework(String title, List<RatingScale> scales, List<Section> sections) {

    public Framework {
        scales = scales == null ? List.of() : List.copyOf(scales);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A section, such as "2 The designated safeguarding lead". */
    public record Section(String number, String title, List<Standard> standards) {
        public Section {
            standards = standards == null ? List.of() : List.copyOf(standards);
        }
    }

    /**
     * A standard to be rated.
     *
     * @param descriptors what each rating means for this standard, by the rating's key
     * @param appliesTo the kinds of organisation it applies to; empty for all
     * @param scale the key of its rating scale
     */
    public record Standard(
            String number,
            String statement,
            String guidance,
            List<Link> links,
            Map<String, String> descriptors,
            boolean statutory,
            Set<OrganisationType> appliesTo,
            String scale,
            List<NumericQuestion> questions) {
        public Standard {
            links = links == null ? List.of() : List.copyOf(links);
            descriptors = descriptors == null ? Map.of() : Map.copyOf(descriptors);
            appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }

        public boolean appliesTo(OrganisationType type) {
            return appliesTo.isEmpty() || type == null || appliesTo.contains(type);
        }
    }

    public record Link(String text, String href) {

        /**
         * A link as written in a CSV cell or the editor, {@code text | address}; refused with what to write. The
         * address is after the last bar, so the text may hold one.
         */
        public static Link of(String written) {
            int bar = written.lastIndexOf('|');
            String text = bar < 0 ? "" : written.substring(0, bar).strip();
            String href = bar < 0 ? "" : written.substring(bar + 1).strip();
            if (text.isEmpty() || href.isEmpty()) {
                throw new IllegalArgumentException("Write each link on its own line as text | address, such as KCSIE |"
                        + " https://www.gov.uk/..., not \u201c" + written.strip() + "\u201d");
            }
            return new Link(text, href);
        }

        public String written() {
            return text + " | " + href;
        }
    }

    /** A number asked for beside the rating, such as referrals to children's social care this year. */
    public record NumericQuestion(String key, String label) {

        /** A question as written in a CSV cell or the editor, {@code key | question}; refused with what to write. */
        public static NumericQuestion of(String written) {
            int bar = written.indexOf('|');
            String key = bar < 0 ? "" : written.substring(0, bar).strip();
            String label = bar < 0 ? "" : written.substring(bar + 1).strip();
            if (key.isEmpty() || label.isEmpty()) {
                throw new IllegalArgumentException("Write each question on its own line as key | question, such as"
                        + " referrals | Referrals to children's social care this year, not \u201c" + written.strip()
                        + "\u201d");
            }
            return new NumericQuestion(key, label);
        }

        public String written() {
            return key + " | " + label;
        }
    }

    /** The kinds of organisation a standard may be limited to. */
    public enum OrganisationType {
        MAINTAINED_SCHOOL,
        ACADEMY,
        INDEPENDENT_SCHOOL,
        PUPIL_REFERRAL_UNIT,
        EARLY_YEARS_SETTING;

        /** As people write it: "Maintained school". */
        public String label() {
            String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        /** No hint beside its checkbox. */
        public String description() {
            return null;
        }
    }

    /** Every standard, in order. */
    public List<Standard> standards() {
        List<Standard> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.standards()));
        return all;
    }

    public Optional<Standard> standard(String number) {
        return standards().stream().filter(s -> s.number().equals(number)).findFirst();
    }

    /** The scale a standard is rated on: declared in the framework, or one of the built-in scales. */
    public Optional<RatingScale> scale(String key) {
        for (RatingScale s : scales) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return RatingScale.builtIn(key);
    }

    public RatingScale scaleOf(Standard standard) {
        return scale(standard.scale()).orElseThrow();
    }

    /**
     * This framework with one standard changed (its statement, guidance, descriptors...): the standard of the same
     * number is replaced where it stands. Refused, naming the field, if there is no such standard or the change is
     * not one the framework can hold.
     */
    public Framework withStandard(Standard changed) {
        return withStandard(changed.number(), changed);
    }

    /**
     * This framework with the standard {@code number} changed where it stands, perhaps renumbered; refused, naming the
     * field, if there is no such standard, the new number is blank or another standard's, or the change is not one the
     * framework can hold.
     */
    public Framework withStandard(String number, Standard changed) {
        if (standard(number).isEmpty()) {
            throw new IllegalArgumentException("There is no standard " + number + " to change");
        }
        if (changed.number() == null || changed.number().isBlank()) {
            throw new IllegalArgumentException("Number: enter the standard's number, such as 2.7");
        }
        if (!changed.number().equals(number) && standard(changed.number()).isPresent()) {
            throw new IllegalArgumentException("Number: there is already a standard " + changed.number());
        }
        check(changed);
        return eachSection(sec -> sec.standards().stream()
                .map(s -> s.number().equals(number) ? changed : s)
                .toList());
    }

    /** This framework with a new standard at the end of a section; refused if its number is taken. */
    public Framework withStandardAdded(String sectionNumber, Standard added) {
        if (sections.stream().noneMatch(sec -> sec.number().equals(sectionNumber))) {
            throw new IllegalArgumentException("There is no section " + sectionNumber);
        }
        if (added.number() == null || added.number().isBlank()) {
            throw new IllegalArgumentException("Number: enter the new standard's number, such as 2.7");
        }
        if (standard(added.number()).isPresent()) {
            throw new IllegalArgumentException("Number: there is already a standard " + added.number());
        }
        check(added);
        return eachSection(sec -> {
            List<Standard> standards = new ArrayList<>(sec.standards());
            if (sec.number().equals(sectionNumber)) {
                standards.add(added);
            }
            return standards;
        });
    }

    /** This framework without a standard; refused if there is no such standard. */
    public Framework withoutStandard(String number) {
        if (standard(number).isEmpty()) {
            throw new IllegalArgumentException("There is no standard " + number + " to remove");
        }
        return eachSection(sec ->
                sec.standards().stream().filter(s -> !s.number().equals(number)).toList());
    }

    /** This framework with a new, empty section at the end; refused, naming the field, if its number is taken. */
    public Framework withSectionAdded(String number, String title) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("Number: enter the new section's number, such as 13");
        }
        if (sections.stream().anyMatch(sec -> sec.number().equals(number))) {
            throw new IllegalArgumentException("Number: there is already a section " + number);
        }
        requireTitle(title);
        List<Section> all = new ArrayList<>(sections);
        all.add(new Section(number, title, List.of()));
        return new Framework(this.title, scales, all);
    }

    /** This framework with a section's title changed; refused if there is no such section or the title is blank. */
    public Framework withSectionTitled(String number, String title) {
        if (sections.stream().noneMatch(sec -> sec.number().equals(number))) {
            throw new IllegalArgumentException("There is no section " + number);
        }
        requireTitle(title);
        return new Framework(
                this.title,
                scales,
                sections.stream()
                        .map(sec -> sec.number().equals(number) ? new Section(number, title, sec.standards()) : sec)
                        .toList());
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Title: enter the section's title, such as Online safety");
        }
    }

    /** This framework with each section's standards as given. */
    private Framework eachSection(Function<Section, List<Standard>> standards) {
        return new Framework(
                title,
                scales,
                sections.stream()
                        .map(sec -> new Section(sec.number(), sec.title(), standards.apply(sec)))
                        .toList());
    }

    /** What a standard must have to be rated: a statement, a known scale, descriptors only for its ratings. */
    private void check(Standard s) {
        if (s.statement() == null || s.statement().isBlank()) {
            throw new IllegalArgumentException("Statement: enter what standard " + s.number() + " asks for");
        }
        RatingScale scale = scale(s.scale())
                .orElseThrow(() -> new IllegalArgumentException("Rating scale: there is no scale " + s.scale()));
        s.descriptors().keySet().forEach(key -> {
            if (scale.rating(key).isEmpty()) {
                throw new IllegalArgumentException(
                        "Descriptors: " + key + " is not a rating on the scale " + scale.label());
            }
        });
    }

    /** Standards by number, in order. */
    public Map<String, Standard> byNumber() {
        Map<String, Standard> map = new LinkedHashMap<>();
        standards().forEach(s -> map.put(s.number(), s));
        return map;
    }
}
