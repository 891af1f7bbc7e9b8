package uk.headsup.directory;

/** What sort of organisation a directory entry is. */
public enum OrganisationKind {
    AUTHORITY("Local authority"),
    TEAM("Authority team"),
    SCHOOL("School"),
    EARLY_YEARS_SETTING("Early years setting"),
    CHILDMINDER("Childminder"),
    ACADEMY_TRUST("Academy trust"),
    CLUSTER("Cluster");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSchool() {
        return this == SCHOOL;
    }

    public boolean isChildminder() {
        return this == CHILDMINDER;
    }

    public boolean isCluster() {
        return this == CLUSTER;
    }

    /** A childminder's address is their home: shown to authority staff only, never to school staff. */
    public boolean hasPrivateAddress() {
        return this == CHILDMINDER;
    }
}
