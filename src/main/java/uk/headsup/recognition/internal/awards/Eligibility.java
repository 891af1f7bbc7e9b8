package uk.headsup.recognition.internal.awards;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OfstedGrades;
import uk.headsup.directory.OfstedInspection;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.recognition.Scheme;

/**
 * Who may apply, checked by the system: a scheme for early years settings and childminders (the Kitemark) needs an
 * Ofsted grade of Good or Outstanding, as the authority's early years register last gave it.
 */
@Component
public class Eligibility {

    /** The lowest grade a scheme for early years settings accepts. */
    public static final OfstedGrade MINIMUM = OfstedGrade.GOOD;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final OfstedGrades grades;

    Eligibility(OfstedGrades grades) {
        this.grades = grades;
    }

    /** Why this organisation may not apply for the scheme, in plain words; empty if it may. */
    public List<String> problems(Scheme scheme, OrganisationProfile applicant) {
        if (scheme.applicants() != Scheme.Applicants.EARLY_YEARS) {
            return List.of();
        }
        return grades.latest(applicant.id())
                .map(inspection -> problems(scheme, applicant.name(), inspection))
                .orElseGet(() -> List.of("We have no Ofsted grade for " + applicant.name() + ". The " + scheme.name()
                        + " is for settings and childminders graded Good or Outstanding by Ofsted; the grade comes"
                        + " from the early years register the authority keeps. If you have been inspected, ask the"
                        + " schemes officer to check the register."));
    }

    static List<String> problems(Scheme scheme, String name, OfstedInspection inspection) {
        if (inspection.grade().atLeast(MINIMUM)) {
            return List.of();
        }
        return List.of(name + "'s latest Ofsted grade is " + inspection.grade().label()
                + (inspection.inspectedOn() == null
                        ? ""
                        : " (inspected on " + DAY.format(inspection.inspectedOn()) + ")")
                + ". The " + scheme.name() + " is for settings and childminders graded Good or Outstanding: you can"
                + " apply once an inspection grades you Good or better.");
    }
}
