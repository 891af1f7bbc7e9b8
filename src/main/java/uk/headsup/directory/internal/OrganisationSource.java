package uk.headsup.directory.internal;

/**
 * Where the directory's record of an organisation comes from (the {@code organisations.source} column): the GIAS
 * import, the early years register import, or the authority's own entry (its teams, clusters and the rest).
 */
public enum OrganisationSource {
    GIAS,
    EY_REGISTER,
    AUTHORITY;

    /** GIAS's establishments and trusts: only a GIAS import changes them. */
    public boolean isGias() {
        return this == GIAS;
    }
}
