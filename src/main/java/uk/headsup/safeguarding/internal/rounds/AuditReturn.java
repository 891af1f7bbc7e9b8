package uk.headsup.safeguarding.internal.rounds;

import uk.headsup.assessment.Framework.OrganisationType;

/**
 * One organisation's return in a round, with what the officer groups it by.
 *
 * @param responseId the engine's response, once someone has started it
 */
public record AuditReturn(
        long id,
        long roundId,
        long organisationId,
        String organisationName,
        OrganisationType type,
        String phase,
        String district,
        String establishmentType,
        Long trustId,
        String trustName,
        Long responseId,
        boolean signedOff) {}
