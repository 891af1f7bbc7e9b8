package uk.headsup.wellbeing.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.HomeCards;
import uk.headsup.accounts.SignedInUser;

/** The support page on every school user's home page; the coordinator's pages on theirs; the access log for admins. */
@Component
class WellbeingHomeCards implements HomeCards {

    private static final String HEADING = "Wellbeing";

    @Override
    public List<HomeCard> homeCards(SignedInUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (!user.authorityStaff()) {
            cards.add(new HomeCard(
                    HEADING,
                    "Support for your wellbeing",
                    "/wellbeing",
                    "Helplines, supervision, coaching and peer groups for school leaders, asked for in confidence."));
            return cards;
        }
        if (user.has(AuthorityRole.WELLBEING_COORDINATOR)) {
            cards.add(new HomeCard(
                    HEADING, "Support requests", "/wellbeing/manage/requests", "Confidential requests to broker."));
            cards.add(new HomeCard(
                    HEADING, "Support offers", "/wellbeing/manage/offers", "The catalogue of support for leaders."));
            cards.add(new HomeCard(
                    HEADING, "Uptake", "/wellbeing/manage/uptake", "Requests by offer, kind, phase and term."));
        }
        if (user.has(AuthorityRole.PUBLISHER) && !user.has(AuthorityRole.WELLBEING_COORDINATOR)) {
            cards.add(new HomeCard(
                    HEADING,
                    "Uptake of wellbeing support",
                    "/wellbeing/manage/uptake",
                    "Requests by offer, kind, phase and term, with nobody's name."));
        }
        if (user.has(AuthorityRole.ADMIN)) {
            cards.add(new HomeCard(
                    HEADING,
                    "Who read wellbeing requests",
                    "/admin/wellbeing/reads",
                    "The coordinators' reading of requests, by request number, never their content."));
        }
        return cards;
    }
}
