package uk.headsup.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Adding organisations and people to the directory, for loaders such as the demo county. */
public interface DirectoryRecords {

    boolean isEmpty();

    long addOrganisation(NewOrganisation organisation);

    long addPerson(String fullName, String email, String phone, String jobTitle);

    void appoint(long personId, long organisationId, OrganisationRole role, LocalDate from);

    /** The school belongs to this academy trust from now on (as GIAS's trust links say for a real county). */
    void joinTrust(long organisationId, long trustId);

    /** A cluster or consortium of these schools and settings. */
    long addCluster(String name, Collection<Long> memberIds);

    /** A team of the authority (created with the authority's own entry if this is the first team). */
    long addTeam(String name, String email);

    /** A post in a team, answering for these areas (e.g. "SEND and Inclusion 0-25"). */
    long addPost(long teamId, String title, List<String> areas);

    /** The person holds the post from this date. */
    void appointToPost(long postId, long personId, LocalDate from);

    /** The person covers the post from one date until another (inclusive; null until further notice). */
    void arrangeCover(long postId, long personId, CoverKind kind, LocalDate from, LocalDate until, String note);

    /** An organisation to add; fields that do not apply are null. */
    record NewOrganisation(
            OrganisationKind kind,
            String name,
            String urn,
            Phase phase,
            String establishmentType,
            String district,
            String street,
            String town,
            String postcode) {}
}
