package uk.headsup.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * Who answers for an authority post on a given date: its holder, or whoever covers it then.
 *
 * @param jobTitle the title to print next to their name on that date: the post's title, "Interim" or "Acting"
 *     and the post's title, or, for the main point of contact while the holder is away, their own title then
 * @param cover how they answer for the post, or null when they hold it
 * @param awayHolder for cover while the holder is away, the holder's name; otherwise null
 * @param coverEndsOn the last day of the cover, or null when it holds until further notice (or is no cover)
 */
public record AuthorityContact(
        long postId,
        String postTitle,
        long teamId,
        String teamName,
        List<String> areas,
        long personId,
        String name,
        String jobTitle,
        String email,
        String phone,
        CoverKind cover,
        String awayHolder,
        LocalDate coverEndsOn) {

    public boolean covering() {
        return cover != null;
    }

    /**
     * One line for a contact card: "Main point of contact while Helen Marsh (Education Safeguarding Lead) is
     * away", or "Interim Early Years Inclusion Adviser"; null when they hold the post.
     */
    public String coverNote() {
        if (cover == null) {
            return null;
        }
        if (cover == CoverKind.MAIN_CONTACT) {
            return awayHolder == null
                    ? "Main point of contact for the " + postTitle
                    : "Main point of contact while " + awayHolder + " (" + postTitle + ") is away";
        }
        return cover.label() + " " + postTitle;
    }
}
