package uk.headsup.recognition.internal.applications;

import java.time.LocalDate;
import java.util.List;

/**
 * What an application's page shows of the awards its decision made. The awards package implements it: awards are
 * made from applications, so they know applications, and applications know awards only through this.
 */
public interface AwardsMade {

    /** One award as the application's page lists it. */
    record AwardMade(long id, String name, LocalDate startsOn, LocalDate expiresOn, boolean listed) {}

    /** The awards the application's decision made, by name. */
    List<AwardMade> madeBy(long applicationId);
}
