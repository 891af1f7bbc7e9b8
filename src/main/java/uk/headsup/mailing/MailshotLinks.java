package uk.headsup.mailing;

import java.util.Optional;

/** Signed links for one recipient's message, made by mailing; nobody can forge them for another recipient. */
public interface MailshotLinks {

    /**
     * A link through Heads Up that counts the click under {@code tag} (e.g. {@code article:17}) and then goes to
     * {@code url}: only to that url, as the link is signed (never an open redirect). The url itself when click
     * tracking is off.
     */
    String track(String url, String tag);

    /**
     * As {@link #track(String, String)}, naming what the tag stands for (an article's title) on the reach report. The
     * message is recorded as carrying the tag, so the report knows who received the article, and at which schools.
     */
    String track(String url, String tag, String label);

    /** The recipient's preference centre, without signing in. */
    String preferences();

    /** A page that unsubscribes the recipient from the mailshot's topic with one button (empty when essential). */
    Optional<String> unsubscribe();

    /** The address of a 1-pixel image that records the opening, when open tracking is on (off by default). */
    Optional<String> openPixel();
}
