package uk.headsup.directory;

import java.time.LocalDate;

/**
 * The directory recorded someone as headteacher of a school (by the people import or by hand), published in the
 * transaction that records it. Listen with {@code @ApplicationModuleListener}.
 *
 * @param appointmentId the appointment recorded
 * @param newToHeadship true when the person held no earlier headship in the authority
 */
public record HeadteacherAppointed(
        long appointmentId,
        long personId,
        String fullName,
        String email,
        long organisationId,
        LocalDate startsOn,
        boolean newToHeadship) {}
