package uk.headsup.mailing;

/**
 * Who received and who followed one tracked link of a mailshot (an article, by its tag).
 *
 * @param sent messages sent that carried it
 * @param opened of those, the messages opened (only counted when open tracking is on)
 * @param clicked of those, the messages whose recipient followed it
 * @param organisations schools and settings where someone received it
 * @param organisationsClicked of those, where someone followed it
 */
public record LinkReach(
        String tag, String label, int sent, int opened, int clicked, int organisations, int organisationsClicked) {}
