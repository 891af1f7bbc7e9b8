package uk.headsup.mailing;

/**
 * Addresses whose links are never tracked per person, whatever the tracking settings: a module whose pages must not
 * tell anyone who looked at them (leadership wellbeing) declares them as a bean. Such a link goes out as itself, not
 * through the click-counting redirect, and is not recorded against the message, so no reach report shows it.
 */
public interface UntrackedLinks {

    /** Whether links to this absolute address must go out untracked. */
    boolean untracked(String url);
}
