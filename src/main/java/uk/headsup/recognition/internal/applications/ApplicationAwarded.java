package uk.headsup.recognition.internal.applications;

import java.time.LocalDate;
import uk.headsup.recognition.internal.applications.Applications.Application;

/**
 * The panel awarded the application, as it stood before the decision, on that day. Told in the decision's own
 * transaction: the awards package makes the awards, and a failure to make them undoes the decision.
 */
public record ApplicationAwarded(Application application, LocalDate on) {}
