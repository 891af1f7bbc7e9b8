package uk.headsup.directory;

/**
 * A role a person holds at a school or setting; articles, events and audits are targeted by it. Leaders, and the
 * staff they train and book for (teachers, teaching assistants and other staff).
 */
public enum OrganisationRole {
    HEADTEACHER("Headteacher"),
    DEPUTY_HEADTEACHER("Deputy headteacher"),
    SENCO("SENCo"),
    DSL("Designated safeguarding lead"),
    DEPUTY_DSL("Deputy designated safeguarding lead"),
    PASTORAL_LEAD("Pastoral lead"),
    BUSINESS_MANAGER("School business manager"),
    EARLY_YEARS_LEAD("Early years lead"),
    EARLY_YEARS_PRACTITIONER("Early years practitioner"),
    SETTING_MANAGER("Setting manager"),
    CHILDMINDER("Childminder"),
    CHAIR_OF_GOVERNORS("Chair of governors"),
    SAFEGUARDING_GOVERNOR("Safeguarding governor"),
    TEACHER("Teacher"),
    TEACHING_ASSISTANT("Teaching assistant"),
    OTHER_STAFF("Other staff"),
    /** Held at an academy trust: sees the safeguarding audit returns of the trust's schools. */
    TRUST_SAFEGUARDING_LEAD("Trust safeguarding lead");

    private final String label;

    OrganisationRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
