package uk.headsup.recognition.internal.schemes.web;

import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.platform.FormProblems;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;

/**
 * The one validator of {@link SchemeForm}: its fields' constraints, then a key no scheme or page has (for a new
 * scheme), award levels, years and group sizes within the scheme's rules, who may apply and the Ofsted grade rule
 * from the lists (the rule only for early years applicants), and a toolkit that exists at the version chosen. Every
 * problem is reported in the order of the page.
 */
@Component
class SchemeFormValidator {

    /** The separator of a toolkit held at one version, {@code key@3}. */
    static final char AT = '@';

    /** The first parts of the module's other addresses, which a scheme's key would clash with. */
    private static final Set<String> TAKEN =
            Set.of("schemes", "applications", "awards", "ceremonies", "county", "register", "specialists", "assessor");

    private final Validator constraints;
    private final RecognitionSchemes schemes;
    private final Frameworks frameworks;

    SchemeFormValidator(Validator constraints, RecognitionSchemes schemes, Frameworks frameworks) {
        this.constraints = constraints;
        this.schemes = schemes;
        this.frameworks = frameworks;
    }

    /** The scheme, or null with the problems in {@code errors}; {@code creating} when the key is new. */
    Scheme check(SchemeForm form, boolean creating, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (creating && !problems.has("key")) {
            if (schemes.find(form.key()).isPresent()) {
                problems.add("key", "taken", "There is already a scheme with the key " + form.key());
            } else if (TAKEN.contains(form.key())) {
                problems.add("key", "taken", "The key " + form.key() + " is a page of Heads Up: choose another");
            }
        }
        List<String> levels = Scheme.levelsFrom(form.awardLevels());
        if (!problems.has("awardLevels")) {
            Scheme.levelProblems(levels).forEach(p -> problems.add("awardLevels", "levels", p));
        }
        int years = 0;
        if (!problems.has("awardYears")) {
            years = Integer.parseInt(form.awardYears());
            if (years < 1 || years > 10) {
                problems.add("awardYears", "range", "An award lasts from 1 to 10 years");
            }
        }
        Scheme.GroupSize groupSize = groupSize(form, problems);
        Set<Scheme.Applicants> applicants = EnumSet.noneOf(Scheme.Applicants.class);
        EnumSet.allOf(Scheme.Applicants.class).stream()
                .filter(a -> form.applicants().contains(a.name()))
                .forEach(applicants::add);
        if (applicants.size() != form.applicants().size()) {
            problems.add("applicants", "applicants", "Choose who may apply from the list");
        }
        OfstedGrade grade = grade(form, applicants, problems);
        String frameworkKey = null;
        Integer version = null;
        if (!problems.has("toolkit")) {
            int at = form.toolkit().indexOf(AT);
            frameworkKey = at < 0 ? form.toolkit() : form.toolkit().substring(0, at);
            List<FrameworkVersion> versions = frameworks.versions(frameworkKey);
            if (at >= 0) {
                String number = form.toolkit().substring(at + 1);
                version = versions.stream()
                        .map(FrameworkVersion::number)
                        .filter(n -> String.valueOf(n).equals(number))
                        .findFirst()
                        .orElse(null);
            }
            if (versions.isEmpty() || (at >= 0 && version == null)) {
                problems.add("toolkit", "toolkit", "Choose a toolkit from the list");
            }
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Scheme(
                form.key(),
                form.name(),
                applicants,
                form.summary(),
                frameworkKey,
                version,
                grade,
                levels,
                years,
                form.annualUpdate(),
                groupSize);
    }

    private static Scheme.GroupSize groupSize(SchemeForm form, FormProblems problems) {
        if (problems.has("groupSmallest") || problems.has("groupLargest")) {
            return null;
        }
        int smallest = Integer.parseInt(form.groupSmallest());
        int largest = Integer.parseInt(form.groupLargest());
        Scheme.GroupSize.smallestProblem(smallest).ifPresent(p -> problems.add("groupSmallest", "range", p));
        Scheme.GroupSize.largestProblem(smallest, largest).ifPresent(p -> problems.add("groupLargest", "range", p));
        if (problems.has("groupSmallest") || problems.has("groupLargest")) {
            return null;
        }
        return new Scheme.GroupSize(smallest, largest);
    }

    private static OfstedGrade grade(SchemeForm form, Set<Scheme.Applicants> applicants, FormProblems problems) {
        if (form.minimumGrade().isEmpty()) {
            return null;
        }
        OfstedGrade grade = EnumSet.allOf(OfstedGrade.class).stream()
                .filter(g -> g != OfstedGrade.INADEQUATE && g.name().equals(form.minimumGrade()))
                .findFirst()
                .orElse(null);
        if (grade == null) {
            problems.add("minimumGrade", "grade", "Choose an Ofsted grade rule from the list");
        } else if (!applicants.contains(Scheme.Applicants.EARLY_YEARS)) {
            problems.add(
                    "minimumGrade",
                    "grade",
                    "The Ofsted grade rule is for early years settings and childminders: tick them under who may"
                            + " apply, or choose no grade rule");
        }
        return grade;
    }
}
