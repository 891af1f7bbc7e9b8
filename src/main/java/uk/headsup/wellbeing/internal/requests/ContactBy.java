package uk.headsup.wellbeing.internal.requests;

/** How the person asking prefers the coordinator to get in touch. */
public enum ContactBy {
    EMAIL("By email, to my work address"),
    PHONE("By phone");

    private final String label;

    ContactBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPhone() {
        return this == PHONE;
    }
}
