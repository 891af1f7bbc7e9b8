package uk.headsup.inclusion.internal.exclusions;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import uk.headsup.inclusion.SchoolDays;

/**
 * The rules every notified exclusion meets, typed in or imported: each problem names the field it is about (the
 * form's field, which an import turns into its column).
 */
public final class ExclusionRules {

    static final int YOUNGEST = 4;
    static final int OLDEST = 19;
    static final int MAX_SUSPENSION_DAYS_A_YEAR = 45;

    private ExclusionRules() {}

    /** What a school says on the day: enough to check. */
    public record Notice(
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String kind,
            LocalDate firstDay,
            LocalDate lastDay,
            String reason,
            String upn) {}

    public record FieldProblem(String field, String message) {}

    /**
     * @param suspendedAlready school days this pupil has already been suspended in the first day's academic year
     */
    static List<FieldProblem> check(Notice n, SchoolDays days, int suspendedAlready) {
        List<FieldProblem> problems = new ArrayList<>();
        if (n.firstName() == null || n.firstName().isBlank()) {
            problems.add(new FieldProblem("firstName", "Enter the pupil's first name"));
        }
        if (n.lastName() == null || n.lastName().isBlank()) {
            problems.add(new FieldProblem("lastName", "Enter the pupil's last name"));
        }
        var kind = ExclusionKind.of(n.kind());
        if (kind.isEmpty()) {
            problems.add(new FieldProblem("kind", "Select the type of exclusion: permanent, suspension or lunchtime"));
        }
        if (n.reason() == null || n.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Select the reason from the DfE's list"));
        } else if (Reason.of(n.reason()).isEmpty()) {
            problems.add(new FieldProblem("reason", "Reason '" + n.reason() + "' is not one of the DfE's reasons"));
        }
        if (n.dateOfBirth() == null) {
            problems.add(new FieldProblem("dateOfBirth", "Enter the pupil's date of birth"));
        } else if (n.firstDay() != null) {
            int age = Period.between(n.dateOfBirth(), n.firstDay()).getYears();
            if (n.dateOfBirth().isAfter(n.firstDay()) || age < YOUNGEST) {
                problems.add(new FieldProblem(
                        "dateOfBirth", "Date of birth makes the pupil younger than 4 on the first day of exclusion"));
            } else if (age > OLDEST) {
                problems.add(new FieldProblem(
                        "dateOfBirth", "Date of birth makes the pupil older than 19 on the first day of exclusion"));
            }
        }
        if (n.firstDay() == null) {
            problems.add(new FieldProblem("firstDay", "Enter the first day of the exclusion"));
        } else {
            days.closedFor(n.firstDay())
                    .ifPresent(closed -> problems.add(
                            new FieldProblem("firstDay", "First day must be a school day: it falls in " + closed)));
        }
        if (n.firstDay() != null && n.lastDay() != null && n.lastDay().isBefore(n.firstDay())) {
            problems.add(new FieldProblem("lastDay", "Last day must be the same as or after the first day"));
        }
        if (kind.isPresent() && kind.get() == ExclusionKind.SUSPENSION) {
            if (n.lastDay() == null) {
                problems.add(new FieldProblem("lastDay", "Enter the last day of the suspension"));
            } else if (n.firstDay() != null && !n.lastDay().isBefore(n.firstDay())) {
                int total = suspendedAlready + days.between(n.firstDay(), n.lastDay());
                if (total > MAX_SUSPENSION_DAYS_A_YEAR) {
                    problems.add(new FieldProblem(
                            "lastDay",
                            "Suspensions would total " + total + " school days this academic year: no more than "
                                    + MAX_SUSPENSION_DAYS_A_YEAR + " are allowed"));
                }
            }
        }
        if (n.upn() != null && !n.upn().isBlank()) {
            String problem = Upn.problem(n.upn());
            if (problem != null) {
                problems.add(new FieldProblem("upn", problem));
            }
        }
        return problems;
    }
}
