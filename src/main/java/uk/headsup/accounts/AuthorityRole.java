package uk.headsup.accounts;

/** What a member of authority staff may do; one person may hold several. */
public enum AuthorityRole {
    ADMIN("Administrator", "Invites staff, manages roles, reads the audit trail"),
    EDITOR("Editor", "Assembles and edits bulletins"),
    PUBLISHER("Publisher", "Approves and publishes bulletins"),
    EVENTS_OFFICER("Events officer", "Runs events, training and bookings"),
    SCHEMES_OFFICER("Schemes officer", "Runs the inclusion recognition schemes"),
    SAFEGUARDING_OFFICER("Safeguarding officer", "Runs the annual safeguarding audit"),
    WELLBEING_COORDINATOR("Wellbeing coordinator", "Brokers confidential leadership support requests"),
    INCLUSION_OFFICER("Inclusion officer", "Records exclusions, alternative provision and outcomes"),
    RECOGNITION_ASSESSOR(
            "Recognition assessor or specialist",
            "Assesses or advises on the recognition applications the schemes officer assigns to them; for external"
                    + " assessors and specialists too");

    private final String label;
    private final String description;

    AuthorityRole(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
