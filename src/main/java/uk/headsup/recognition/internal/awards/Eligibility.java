package uk.headsup.recognition.internal.awards;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OfstedGrades;
import uk.headsup.directory.OfstedInspection;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.recognition.Scheme;

/**
 * Who may apply, checked by the system: a scheme with a grade rule (the Kitemark: Good or better) needs its early years
 * applicants to hold that Ofsted grade, as the authority's early years register last gave it.
 */
@Component
public class Eligibility {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final OfstedGrades grades;

    Eligibility(OfstedGrades grades) {
        this.grades = grades;
    }

    /** Why this organisation may not apply for the scheme, in plain words; empty if it may. */
    public List<String> problems(Scheme scheme, OrganisationProfile applicant) {
        if (scheme.minimumGrade() == null
                || (applicant.kind() != OrganisationKind.EARLY_YEARS_SETTING
                        && applicant.kind() != OrganisationKind.CHILDMINDER)) {
            return List.of();
        }
        return grades.latest(applicant.id())
                .map(inspection -> problems(scheme, applicant.name(), inspection))
                .orElseGet(() -> List.of("We have no Ofsted grade for " + applicant.name() + ". The " + scheme.name()
                        + " is for settings and childminders graded " + gradeRule(scheme) + " by Ofsted; the grade"
                        + " comes from the early years register the authority keeps. If you have been inspected, ask"
                        + " the schemes officer to check the register."));
    }

    /** Whether the grade keeps the scheme's rule (or the scheme has none). */
    public static boolean keeps(Scheme scheme, OfstedGrade grade) {
        return scheme.minimumGrade() == null || grade.atLeast(scheme.minimumGrade());
    }

    /** The rule in words: "Good or Outstanding", "Outstanding". */
    public static String gradeRule(Scheme scheme) {
        OfstedGrade lowest = scheme.minimumGrade();
        if (lowest == OfstedGrade.OUTSTANDING) {
            return "Outstanding";
        }
        String better = Arrays.stream(OfstedGrade.values())
                .filter(g -> g.atLeast(lowest) && g != lowest)
                .map(g -> g.label())
                .collect(Collectors.joining(", "));
        return better.isEmpty() ? lowest.label() : lowest.label() + " or " + better;
    }

    static List<String> problems(Scheme scheme, String name, OfstedInspection inspection) {
        if (keeps(scheme, inspection.grade())) {
            return List.of();
        }
        return List.of(name + "'s latest Ofsted grade is " + inspection.grade().label()
                + (inspection.inspectedOn() == null
                        ? ""
                        : " (inspected on " + DAY.format(inspection.inspectedOn()) + ")")
                + ". The " + scheme.name() + " is for settings and childminders graded " + gradeRule(scheme)
                + ": you can apply once an inspection grades you "
                + scheme.minimumGrade().label()
                + (scheme.minimumGrade() == OfstedGrade.OUTSTANDING ? "." : " or better."));
    }
}
