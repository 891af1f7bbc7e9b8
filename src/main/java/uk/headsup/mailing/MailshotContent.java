package uk.headsup.mailing;

/**
 * Implemented by a module that sends mailshots (bulletins, events) as a Spring bean: renders one recipient's
 * message when a worker is about to send it. Called concurrently by several workers; it should cache what does not
 * depend on the recipient (per {@link MailshotRecipient#variant()}) so that tens of thousands render in seconds.
 * What it renders must not change once the mailshot has started: a message sent again after a crash is the same.
 */
public interface MailshotContent {

    /** The name mailshot requests give as {@link MailshotRequest#content()}, e.g. {@code bulletins.edition}. */
    String name();

    /**
     * The message for one recipient. Links into the site go through {@link MailshotLinks#track} to be counted; the
     * footer should offer {@link MailshotLinks#preferences()} and, unless the mailshot is essential,
     * {@link MailshotLinks#unsubscribe()}.
     */
    RenderedEmail render(String reference, MailshotRecipient recipient, MailshotLinks links);
}
