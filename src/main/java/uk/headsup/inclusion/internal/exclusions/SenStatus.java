package uk.headsup.inclusion.internal.exclusions;

public enum SenStatus {
    NONE("No special educational needs"),
    SEN_SUPPORT("SEN support"),
    EHC_PLAN("Education, health and care plan");

    private final String label;

    SenStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
