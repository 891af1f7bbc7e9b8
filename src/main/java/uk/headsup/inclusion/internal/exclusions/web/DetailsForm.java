package uk.headsup.inclusion.internal.exclusions.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.headsup.inclusion.internal.exclusions.Exclusions;
import uk.headsup.inclusion.internal.exclusions.Pupil;

/**
 * The rest of the notification, given when the school has it to hand, as typed in the order of the page;
 * {@link DetailsFormValidator} checks it. A field missing from the request is blank.
 */
record DetailsForm(
        String upn,
        String yearGroup,
        String senStatus,

        @Pattern(regexp = "yes|no", message = "Select whether the pupil is eligible for free school meals")
        String freeSchoolMeals,

        @Pattern(regexp = "yes|no", message = "Select whether the pupil is looked after")
        String lookedAfter,

        @Pattern(
                regexp = "yes|no",
                message = "Select whether the pupil is a child in need or on a child protection plan")
        String childInNeed,

        String socialWorker,
        String sessions,

        @Size(max = 2000, message = "Account must be 2,000 characters or fewer")
        String account) {

    DetailsForm {
        upn = upn == null ? "" : upn;
        yearGroup = yearGroup == null ? "" : yearGroup;
        senStatus = senStatus == null ? "" : senStatus;
        freeSchoolMeals = freeSchoolMeals == null ? "" : freeSchoolMeals;
        lookedAfter = lookedAfter == null ? "" : lookedAfter;
        childInNeed = childInNeed == null ? "" : childInNeed;
        socialWorker = socialWorker == null ? "" : socialWorker;
        sessions = sessions == null ? "" : sessions.strip();
        account = account == null ? "" : account;
    }

    static DetailsForm of(Exclusions.Notified n) {
        Pupil p = n.pupil();
        return new DetailsForm(
                p.upn(),
                p.yearGroup() == null ? "" : p.yearGroup().toString(),
                p.senStatus(),
                yesNo(p.freeSchoolMeals()),
                yesNo(p.lookedAfter()),
                yesNo(p.childInNeed()),
                p.socialWorker(),
                n.exclusion().sessions() == null ? "" : n.exclusion().sessions().toString(),
                n.exclusion().account());
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b ? "yes" : "no";
    }
}
