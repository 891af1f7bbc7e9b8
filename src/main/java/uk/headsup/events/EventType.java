package uk.headsup.events;

/** What kind of event it is; training courses have trainers, certificates and evaluations. */
public enum EventType {
    CONFERENCE("Conference"),
    AWARD_CEREMONY("Award ceremony"),
    TRAINING("Training course"),
    BRIEFING("Briefing"),
    STATUTORY_MEETING("Statutory meeting"),
    /** A group of school leaders meeting in confidence; its attendees are confidential (issue 15). */
    PEER_GROUP("Peer group");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
