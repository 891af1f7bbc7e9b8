package uk.headsup.directory;

import java.util.Optional;

/**
 * Ofsted grades of early years settings and childminders, as the authority's early years register last gave them
 * (GIAS carries none). A change is published as {@link OfstedGradeChanged}.
 */
public interface OfstedGrades {

    /** The latest grade of this organisation, if the register ever gave one. */
    Optional<OfstedInspection> latest(long organisationId);

    /**
     * Records a grade as an import of the register would (for loaders such as the demo county): the change is kept
     * in the organisation's history and published as {@link OfstedGradeChanged}.
     */
    void record(long organisationId, OfstedInspection inspection);
}
