package uk.headsup.wellbeing.internal.requests;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Where a support request stands. */
public enum RequestStatus {
    REQUESTED("Received", "blue"),
    /** Asked for when every place of the offer was taken: the coordinator takes it on when a place is free. */
    WAITING("Waiting for a place", "yellow"),
    ACKNOWLEDGED("Acknowledged", "light-blue"),
    MATCHED("Matched", "green"),
    CLOSED("Closed", "grey"),
    WITHDRAWN("Withdrawn", "grey");

    private final String label;
    private final String colour;

    RequestStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    public boolean open() {
        return this != CLOSED && this != WITHDRAWN;
    }

    /** The coordinator may take it on: a new request, or one waiting for a place. */
    public boolean canAcknowledge() {
        return this == REQUESTED || this == WAITING;
    }

    /** Sessions are recorded against it: someone is matched to give the support. */
    public boolean recordsSessions() {
        return this == MATCHED;
    }

    /** Whether it holds one of the offer's places (its capacity). */
    public boolean takesAPlace() {
        return this == REQUESTED || this == ACKNOWLEDGED || this == MATCHED;
    }

    /** The names of the statuses that {@code rule} allows, for a query's {@code where status in (...)}. */
    public static List<String> namesWhere(Predicate<RequestStatus> rule) {
        return Arrays.stream(values()).filter(rule).map(RequestStatus::name).toList();
    }
}
