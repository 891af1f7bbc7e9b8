package uk.headsup.directory;

/** How someone answers for an authority post that is not theirs, for a while. */
public enum CoverKind {
    ACTING("Acting"),
    INTERIM("Interim"),
    MAIN_CONTACT("Main point of contact while the post holder is away");

    private final String label;

    CoverKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Answers for the post as its main point of contact, keeping their own job title. */
    public boolean isMainContact() {
        return this == MAIN_CONTACT;
    }
}
