package uk.headsup.directory.internal.people;

/** Someone in the directory: school and setting staff, and authority officers. */
public record Person(long id, String fullName, String email, String phone, String jobTitle) {}
