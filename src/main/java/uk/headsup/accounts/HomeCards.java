package uk.headsup.accounts;

import java.util.List;

/**
 * What a module offers on the signed-in home page: a bean of each module that has pages of its own returns the
 * cards this user may follow (the safeguarding audit to a DSL, the round's returns to the safeguarding officer).
 * The home page groups them under their headings, after the cards it has itself.
 */
public interface HomeCards {

    List<HomeCard> homeCards(SignedInUser user);

    /**
     * @param heading the group it shows under, such as "Safeguarding"
     * @param title the link text
     * @param href where it leads
     * @param description one sentence under the link
     */
    record HomeCard(String heading, String title, String href, String description) {}
}
