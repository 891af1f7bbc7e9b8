package uk.headsup.inclusion;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Adding term dates, exclusions, provision and outcomes, for loaders such as the demo county. */
public interface InclusionRecords {

    boolean isEmpty();

    /**
     * Term dates from CSV, as the inclusion officer imports them ({@code docs/inclusion-csv.md}): a year in the file
     * replaces that year's dates. Returns every problem ("Line N, Column: what is wrong"); if there is one, nothing
     * is saved.
     */
    List<String> importTermDates(Reader csv);

    /**
     * An exclusion as its school notified it on {@code notifiedOn}, with the details given later (null where not
     * given). Checked as the school's form checks it.
     *
     * @param kind PERMANENT, SUSPENSION or LUNCHTIME
     * @param reason the DfE's code, such as DB
     * @param senStatus NONE, SEN_SUPPORT or EHC_PLAN
     * @throws IllegalArgumentException naming the fields that fail the checks
     */
    record NewExclusion(
            long schoolId,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String kind,
            LocalDate firstDay,
            LocalDate lastDay,
            String reason,
            String notifiedBy,
            LocalDate notifiedOn,
            Integer yearGroup,
            String senStatus,
            Boolean freeSchoolMeals,
            Boolean lookedAfter,
            Boolean childInNeed,
            String account) {}

    /** The exclusion and its pupil. */
    record Notified(long exclusionId, long pupilId) {}

    Notified notify(NewExclusion exclusion);

    void recordGovernors(long exclusionId, LocalDate heldOn, boolean upheld);

    void arrangeSixthDay(long exclusionId, String provider, LocalDate from);

    void placeAtNewSchool(long exclusionId, LocalDate on);

    /**
     * @param registration REGISTERED_SCHOOL, OFSTED_REGISTERED or UNREGISTERED
     * @param commissioning FRAMEWORK or SPOT_PURCHASE
     */
    long addProvider(String name, String registration, String commissioning);

    /**
     * @param commissionedBy SCHOOL or AUTHORITY
     * @param reason PERMANENT_EXCLUSION, SIXTH_DAY, PREVENTATIVE or MEDICAL
     */
    void place(
            long pupilId,
            long providerId,
            String commissionedBy,
            String reason,
            LocalDate startsOn,
            LocalDate plannedEnd,
            BigDecimal hoursAWeek,
            BigDecimal weeklyCost,
            LocalDate endedOn,
            String destination);

    /** @param destination SUSTAINED, NOT_SUSTAINED, NEET or NOT_KNOWN */
    void recordOutcome(long pupilId, int ks4Year, boolean englishMaths4, boolean englishMaths5, String destination);
}
