package uk.headsup.wellbeing;

/** What kind of support an offer is. */
public enum OfferKind {
    HELPLINE("Helpline"),
    SUPERVISION("Professional supervision"),
    COACHING("Coaching"),
    MENTORING("Mentoring"),
    PEER_GROUP("Peer group"),
    COUNSELLING("Counselling");

    private final String label;

    OfferKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A group that meets: it has meetings and members to manage. */
    public boolean isPeerGroup() {
        return this == PEER_GROUP;
    }

    public String description() {
        return null;
    }
}
