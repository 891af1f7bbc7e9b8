package uk.headsup.inclusion.internal.exclusions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.internal.exclusions.Exclusion;
import uk.headsup.inclusion.internal.exclusions.ExclusionKind;
import uk.headsup.inclusion.internal.exclusions.Exclusions;
import uk.headsup.inclusion.internal.exclusions.Reason;
import uk.headsup.inclusion.internal.exclusions.SenStatus;

/** The validators of the forms on an exclusion's pages: its details, and the steps that track it. */
class ExclusionFormValidatorsTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    private static final Validator CONSTRAINTS =
            Validation.buildDefaultValidatorFactory().getValidator();

    private final DetailsFormValidator details = new DetailsFormValidator(CONSTRAINTS);
    private final TrackingFormValidator tracking = new TrackingFormValidator(CONSTRAINTS);

    private static Exclusion exclusion(ExclusionKind kind, LocalDate governorsDue, Exclusion.GovernorsOutcome decided) {
        return new Exclusion(
                1,
                2,
                3,
                kind,
                FIRST_DAY,
                null,
                null,
                Reason.PP,
                null,
                FIRST_DAY,
                true,
                governorsDue,
                null,
                decided,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void detailsNameEachBadAnswerInTheOrderOfThePage() {
        DetailsForm form =
                new DetailsForm("H80120000100", "Year 15", "SOME", "maybe", null, "yes", "", "0", "a".repeat(2001));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(details.check(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "upn: UPN must be 13 characters: a letter, then 11 digits, then a digit or letter",
                        "yearGroup: Year group must be a number from 0 (reception) to 14",
                        "senStatus: Select the pupil's SEN status",
                        "freeSchoolMeals: Select whether the pupil is eligible for free school meals",
                        "lookedAfter: Select whether the pupil is looked after",
                        "sessions: Sessions must be a whole number, like 4",
                        "account: Account must be 2,000 characters or fewer");
        assertThat(errors.getFieldValue("yearGroup")).as("what was typed stays").isEqualTo("Year 15");
    }

    @Test
    void goodDetailsAreSaved() {
        DetailsForm form = new DetailsForm("H801200001001", "R", "SEN_SUPPORT", "yes", "no", "no", "", " 4 ", "");
        assertThat(details.check(form, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new Exclusions.Details(
                        "H801200001001", 0, SenStatus.SEN_SUPPORT, true, false, false, "", 4, ""));
    }

    @Test
    void governorsMeetOnOrAfterTheFirstDayAndOnlyWhereTheyMust() {
        TrackingForm early = new TrackingForm(typed("1", "3", "2026"), "", null, null, null, null, null);
        Errors errors = new BeanPropertyBindingResult(early, "tracking");
        assertThat(tracking.governors(early, exclusion(ExclusionKind.SUSPENSION, null, null), errors))
                .isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "heldOn: Date governors met must be on or after the first day of exclusion",
                        "outcome: Select what the governors decided",
                        "form: Governors need not consider this exclusion");

        TrackingForm right = new TrackingForm(typed("9", "3", "2026"), "UPHELD", null, null, null, null, null);
        Exclusion permanent = exclusion(ExclusionKind.PERMANENT, FIRST_DAY.plusDays(20), null);
        Consumer<Exclusion> change =
                tracking.governors(right, permanent, new BeanPropertyBindingResult(right, "tracking"));
        change.accept(permanent);
        assertThat(permanent.governorsOutcome()).isEqualTo(Exclusion.GovernorsOutcome.UPHELD);
    }

    @Test
    void aReviewFollowsGovernorsUpholdingAPermanentExclusion() {
        TrackingForm form = new TrackingForm(null, null, typed("", "4", "2026"), null, null, null, null);
        Errors errors = new BeanPropertyBindingResult(form, "tracking");
        assertThat(tracking.review(form, exclusion(ExclusionKind.PERMANENT, FIRST_DAY, null), errors))
                .isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "requestedOn: Date the review was requested must include a day",
                        "form: An independent review follows governors upholding a permanent exclusion");
    }

    @Test
    void sixthDayAndNewSchoolStepsNeedTheirAnswers() {
        TrackingForm blank = TrackingForm.blank();
        Errors sixth = new BeanPropertyBindingResult(blank, "tracking");
        assertThat(tracking.sixthDay(blank, sixth)).isNull();
        assertThat(problems(sixth))
                .containsExactly(
                        "provider: Enter who provides the education", "from: Enter the date the education starts");

        Errors newSchool = new BeanPropertyBindingResult(blank, "tracking");
        assertThat(tracking.newSchool(blank, exclusion(ExclusionKind.SUSPENSION, null, null), newSchool))
                .isNull();
        assertThat(problems(newSchool))
                .containsExactly(
                        "placedOn: Enter the date of the new school place",
                        "form: Only a permanently excluded pupil needs a new school place");
    }
}
