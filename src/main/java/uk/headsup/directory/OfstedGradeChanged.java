package uk.headsup.directory;

/**
 * An import of the early years register changed a setting's Ofsted grade, published in the import's transaction.
 * Listen with {@code @ApplicationModuleListener}.
 *
 * @param previous the grade before, or null if it had none
 */
public record OfstedGradeChanged(long organisationId, String name, OfstedGrade previous, OfstedInspection now) {

    /** Whether the grade went down. */
    public boolean downgrade() {
        return previous != null && !now.grade().atLeast(previous);
    }
}
