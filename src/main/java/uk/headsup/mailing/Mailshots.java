package uk.headsup.mailing;

import java.util.List;
import java.util.Optional;

/**
 * Sends one personalised message to many people: an edition, a reminder, a nudge to an audience. The module that
 * owns the content starts a mailshot and renders each recipient's message through its {@link MailshotContent}; mailing
 * resolves the recipients, honours their preferences and bouncing addresses, and sends each message exactly once.
 */
public interface Mailshots {

    /**
     * Writes one delivery per recipient in the caller's transaction (or a new one), unless a mailshot with this
     * request's key exists already: then nothing is added, so publishing twice or a replayed event sends nothing
     * twice. Recipients who turned the request's topic off are recorded as suppressed; malformed addresses as failed.
     */
    MailshotStarted start(MailshotRequest request);

    /** Starts a mailshot of a {@link Notice}, which mailing renders itself; idempotent by key like {@link #start}. */
    MailshotStarted startNotice(
            String key, String title, Notice notice, String topic, Recipients recipients, String startedBy);

    /** Declares a topic people may turn off, or updates its name; modules call this when they start or add one. */
    void declare(Topic topic);

    /** How a mailshot is going, by its key. */
    Optional<MailshotProgress> progress(String key);

    /**
     * For each organisation its recipients belong to: how many were sent the message, how many opened it (when
     * open tracking is on) and which tracked links ({@link MailshotLinks#track}) anyone there clicked.
     */
    List<OrganisationReach> reach(String key);

    /** For each tracked link of the mailshot (each article), most-followed first: who received it, who followed it. */
    List<LinkReach> reachByLink(String key);

    /** The page where authority staff follow, pause, resume or cancel the mailshot. */
    String progressPath(long mailshotId);

    /**
     * The reach report of one tracked link: the schools where nobody followed it, as a page and CSV, and the one-click
     * reminder to exactly the people who received it there.
     */
    String reachPath(long mailshotId, String tag);
}
