package uk.headsup.directory.internal.people;

import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.internal.OrganisationStatus;

/** A school or setting where people hold roles. */
public record Workplace(
        long id, String name, OrganisationKind kind, String urn, String town, OrganisationStatus status) {

    public boolean open() {
        return !status.isClosed();
    }

    /** How the place is named in lists for authority staff: "Northbrook Primary School (URN 990001, Northbrook)". */
    public String description() {
        StringBuilder s = new StringBuilder(name);
        if (urn != null || town != null) {
            s.append(" (");
            if (urn != null) {
                s.append("URN ").append(urn);
            }
            if (town != null) {
                s.append(urn != null ? ", " : "").append(town);
            }
            s.append(')');
        }
        if (!open()) {
            s.append(" – closed");
        }
        return s.toString();
    }
}
