package uk.headsup.recognition.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.HomeCards;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.platform.PublicPages;
import uk.headsup.recognition.internal.applications.Applications;

/** The public register is open to visitors; the home page offers the schemes to officers and to school staff. */
@Component
class RecognitionPages implements PublicPages, HomeCards {

    private static final String HEADING = "Inclusion recognition";

    private final Applications applications;

    RecognitionPages(Applications applications) {
        this.applications = applications;
    }

    @Override
    public List<String> publicPatterns() {
        return List.of("/recognition/register", "/recognition/register.csv", "/recognition/register.atom");
    }

    /** The register (kept for visitors, RegisterPageCache), its CSV and its feed show nothing about the reader. */
    @Override
    public List<String> visitorPagePatterns() {
        return List.of("/recognition/register", "/recognition/register.csv", "/recognition/register.atom");
    }

    @Override
    public List<HomeCard> homeCards(SignedInUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (user.authorityStaff()) {
            if (user.has(AuthorityRole.SCHEMES_OFFICER) || user.has(AuthorityRole.ADMIN)) {
                cards.add(new HomeCard(
                        HEADING,
                        "Recognition schemes",
                        "/recognition/schemes",
                        "The schemes, their toolkits and awards."));
                cards.add(new HomeCard(
                        HEADING,
                        "Applications",
                        "/recognition",
                        "Applications, their self-evaluations and decisions."));
            } else if (!applications.assignedTo(user.email()).isEmpty()) {
                cards.add(new HomeCard(
                        HEADING,
                        "Applications you assess or help with",
                        "/recognition",
                        "Read the self-evaluations, comment, and as assessor review, visit and recommend."));
            }
        } else {
            cards.add(new HomeCard(
                    HEADING,
                    "Inclusion Kitemark and Quality Mark",
                    "/recognition",
                    "Apply, join a group of schools and work on your self-evaluation."));
        }
        cards.add(new HomeCard(
                HEADING,
                "Public register",
                "/recognition/register",
                "Recognised schools and settings, as parents see them."));
        return cards;
    }
}
