package uk.headsup.directory.internal.csvimport;

/**
 * Which import a report is of (the {@code kind} column of {@code directory_imports}, and of
 * {@code directory_scheduled_imports} for the GIAS import a node claims): the GIAS import, or one of the CSV imports.
 */
public enum ImportKind {
    GIAS,
    EY_REGISTER,
    PEOPLE
}
