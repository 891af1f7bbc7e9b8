package uk.headsup.directory;

import java.time.LocalDate;

/** Adding organisations and people to the directory, for loaders such as the demo county. */
public interface DirectoryRecords {

    boolean isEmpty();

    long addOrganisation(NewOrganisation organisation);

    long addPerson(String fullName, String email, String phone, String jobTitle);

    void appoint(long personId, long organisationId, OrganisationRole role, LocalDate from);

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
