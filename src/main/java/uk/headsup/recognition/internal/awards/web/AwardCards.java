package uk.headsup.recognition.internal.awards.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.HomeCards;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.recognition.internal.awards.Awards;

/**
 * The schemes officer's cards for awards: awards under review first (what needs their attention after an Ofsted
 * grade fell), then every award, the ceremonies and the county picture.
 */
@Component
class AwardCards implements HomeCards {

    private static final String HEADING = "Inclusion recognition";

    private final Awards awards;

    AwardCards(Awards awards) {
        this.awards = awards;
    }

    @Override
    public List<HomeCard> homeCards(SignedInUser user) {
        if (!user.authorityStaff() || !(user.has(AuthorityRole.SCHEMES_OFFICER) || user.has(AuthorityRole.ADMIN))) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int review = awards.underReview(today);
        if (review > 0) {
            cards.add(new HomeCard(
                    HEADING,
                    review == 1 ? "1 award under review" : review + " awards under review",
                    "/recognition/awards?show=review",
                    "An Ofsted grade fell below Good: keep each award, saying why, or withdraw it."));
        }
        cards.add(new HomeCard(
                HEADING, "Awards", "/recognition/awards", "Awards, certificates, renewals and withdrawals."));
        cards.add(new HomeCard(
                HEADING,
                "Awards ceremonies",
                "/recognition/ceremonies",
                "Invite every school and setting awarded in a period, and draft the bulletin article."));
        cards.add(new HomeCard(
                HEADING,
                "The county picture",
                "/recognition/county",
                "Applications, awards by district and phase, gaps and awards ending soon."));
        return cards;
    }
}
