package uk.headsup.inclusion.internal.exclusions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rest of the notification, given when the school has it to hand. */
public class DetailsForm {

    private String upn = "";
    private String yearGroup = "";
    private String senStatus = "";
    private String freeSchoolMeals = "";
    private String lookedAfter = "";
    private String childInNeed = "";
    private String socialWorker = "";
    private String sessions = "";
    private String account = "";

    static DetailsForm of(Exclusions.Notified n) {
        DetailsForm f = new DetailsForm();
        Pupil p = n.pupil();
        f.upn = p.upn() == null ? "" : p.upn();
        f.yearGroup = p.yearGroup() == null ? "" : p.yearGroup().toString();
        f.senStatus = p.senStatus() == null ? "" : p.senStatus();
        f.freeSchoolMeals = yesNo(p.freeSchoolMeals());
        f.lookedAfter = yesNo(p.lookedAfter());
        f.childInNeed = yesNo(p.childInNeed());
        f.socialWorker = p.socialWorker() == null ? "" : p.socialWorker();
        f.sessions =
                n.exclusion().sessions() == null ? "" : n.exclusion().sessions().toString();
        f.account = n.exclusion().account() == null ? "" : n.exclusion().account();
        return f;
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b ? "yes" : "no";
    }

    /** Each problem with the field it is about; empty when the details may be saved. */
    List<ExclusionRules.FieldProblem> problems() {
        List<ExclusionRules.FieldProblem> problems = new ArrayList<>();
        if (!upn.isBlank() && Upn.problem(upn) != null) {
            problems.add(new ExclusionRules.FieldProblem("upn", Upn.problem(upn)));
        }
        if (year() == null) {
            problems.add(new ExclusionRules.FieldProblem(
                    "yearGroup", "Year group must be a number from 0 (reception) to 14"));
        }
        if (sen() == null) {
            problems.add(new ExclusionRules.FieldProblem("senStatus", "Select the pupil's SEN status"));
        }
        for (String[] f : new String[][] {
            {"freeSchoolMeals", freeSchoolMeals, "Select whether the pupil is eligible for free school meals"},
            {"lookedAfter", lookedAfter, "Select whether the pupil is looked after"},
            {"childInNeed", childInNeed, "Select whether the pupil is a child in need or on a child protection plan"}
        }) {
            if (!f[1].equals("yes") && !f[1].equals("no")) {
                problems.add(new ExclusionRules.FieldProblem(f[0], f[2]));
            }
        }
        if (!sessions.isBlank() && (!sessions.trim().matches("\\d{1,3}") || Integer.parseInt(sessions.trim()) == 0)) {
            problems.add(new ExclusionRules.FieldProblem("sessions", "Sessions must be a whole number, like 4"));
        }
        if (account.length() > 2000) {
            problems.add(new ExclusionRules.FieldProblem("account", "Account must be 2,000 characters or fewer"));
        }
        return problems;
    }

    Exclusions.Details details() {
        return new Exclusions.Details(
                upn,
                year(),
                sen(),
                freeSchoolMeals.equals("yes"),
                lookedAfter.equals("yes"),
                childInNeed.equals("yes"),
                socialWorker,
                sessions.isBlank() ? null : Integer.parseInt(sessions.trim()),
                account);
    }

    private Integer year() {
        String y = yearGroup.trim().toUpperCase(Locale.ROOT).replace("YEAR", "").trim();
        if (y.equals("R")) {
            return 0;
        }
        if (!y.matches("\\d{1,2}") || Integer.parseInt(y) > 14) {
            return null;
        }
        return Integer.parseInt(y);
    }

    private SenStatus sen() {
        try {
            return SenStatus.valueOf(senStatus);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn == null ? "" : upn;
    }

    public String getYearGroup() {
        return yearGroup;
    }

    public void setYearGroup(String yearGroup) {
        this.yearGroup = yearGroup == null ? "" : yearGroup;
    }

    public String getSenStatus() {
        return senStatus;
    }

    public void setSenStatus(String senStatus) {
        this.senStatus = senStatus == null ? "" : senStatus;
    }

    public String getFreeSchoolMeals() {
        return freeSchoolMeals;
    }

    public void setFreeSchoolMeals(String freeSchoolMeals) {
        this.freeSchoolMeals = freeSchoolMeals == null ? "" : freeSchoolMeals;
    }

    public String getLookedAfter() {
        return lookedAfter;
    }

    public void setLookedAfter(String lookedAfter) {
        this.lookedAfter = lookedAfter == null ? "" : lookedAfter;
    }

    public String getChildInNeed() {
        return childInNeed;
    }

    public void setChildInNeed(String childInNeed) {
        this.childInNeed = childInNeed == null ? "" : childInNeed;
    }

    public String getSocialWorker() {
        return socialWorker;
    }

    public void setSocialWorker(String socialWorker) {
        this.socialWorker = socialWorker == null ? "" : socialWorker;
    }

    public String getSessions() {
        return sessions;
    }

    public void setSessions(String sessions) {
        this.sessions = sessions == null ? "" : sessions;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account == null ? "" : account;
    }
}
