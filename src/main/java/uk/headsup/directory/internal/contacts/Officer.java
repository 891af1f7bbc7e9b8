package uk.headsup.directory.internal.contacts;

/** The person a post holding or cover arrangement is for, as typed: found by email, or added if new. */
public record Officer(String email, String fullName, String phone) {}
