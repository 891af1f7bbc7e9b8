package uk.headsup.assessment;

/** The person making a change, as the log shows them. The using module has already decided they may. */
public record Actor(String email, String name) {}
