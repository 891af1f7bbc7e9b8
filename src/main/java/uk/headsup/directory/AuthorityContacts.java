package uk.headsup.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whom schools should contact at the authority on a given date: for each post, its holder or whoever covers it
 * then (acting, interim, or the main point of contact while the holder is away). Posts nobody answers for that
 * day are left out.
 */
public interface AuthorityContacts {

    /** Every post that someone answers for on that date, by team and post title. */
    List<AuthorityContact> on(LocalDate date);

    /** The posts covering an area, such as "SEND and Inclusion 0-25" (ignoring case), and who answers for them. */
    List<AuthorityContact> forArea(String area, LocalDate date);

    /** The posts of a team (an organisation of kind TEAM) and who answers for them. */
    List<AuthorityContact> forTeam(long teamId, LocalDate date);

    /** Who answers for one post on that date, if anyone does. */
    Optional<AuthorityContact> forPost(long postId, LocalDate date);
}
