package uk.headsup.directory;

/**
 * What the directory knows about a school or setting for grouping figures: by phase, district, type and trust.
 *
 * @param establishmentType as GIAS names it, such as "Academy converter" or "Pupil referral unit"; null if unknown
 * @param trustId the academy trust it belongs to, or null
 */
public record OrganisationFacts(
        long id,
        String name,
        OrganisationKind kind,
        Phase phase,
        String establishmentType,
        String district,
        Long trustId,
        String trustName) {}
