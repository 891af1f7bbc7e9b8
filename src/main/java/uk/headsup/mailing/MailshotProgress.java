package uk.headsup.mailing;

/** How a mailshot stands: its state and how many of its deliveries are in each state. */
public record MailshotProgress(
        long mailshotId,
        String key,
        String title,
        String state,
        int queued,
        int sending,
        int sent,
        int failed,
        int bounced,
        int suppressed,
        int cancelled,
        int opened,
        int clicked) {

    public int total() {
        return queued + sending + sent + failed + bounced + suppressed + cancelled;
    }

    /** Its workers are sending it (the mailshot's state, not its deliveries'). */
    public boolean isSending() {
        return "SENDING".equals(state);
    }

    public boolean isPaused() {
        return "PAUSED".equals(state);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(state);
    }

    /** Nothing is left to send. */
    public boolean finished() {
        return queued + sending == 0;
    }
}
