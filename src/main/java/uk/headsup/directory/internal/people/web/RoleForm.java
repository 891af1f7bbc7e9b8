package uk.headsup.directory.internal.people.web;

/** The role to correct an appointment to, as chosen (a name of {@link uk.headsup.directory.OrganisationRole}). */
record RoleForm(String role) {

    RoleForm {
        role = role == null ? "" : role.strip();
    }
}
