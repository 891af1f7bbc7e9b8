package uk.headsup.inclusion.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.HomeCards;
import uk.headsup.accounts.SignedInUser;

/** The exclusions pages on the home page: for inclusion officers, and for heads and the users they authorise. */
@Component
class InclusionCards implements HomeCards {

    private final PupilAccess access;

    InclusionCards(PupilAccess access) {
        this.access = access;
    }

    @Override
    public List<HomeCard> homeCards(SignedInUser user) {
        if (user.authorityStaff()) {
            if (!user.has(AuthorityRole.INCLUSION_OFFICER)) {
                return List.of();
            }
            return List.of(
                    new HomeCard(
                            "Inclusion",
                            "Exclusions and alternative provision",
                            "/inclusion",
                            "Deadlines due, exclusions notified, placements and outcomes"),
                    new HomeCard(
                            "Inclusion",
                            "Accountability reports",
                            "/inclusion/reports",
                            "Per excluding school, trust, district and provider, and the termly data pack"));
        }
        if (access.schoolViewer(user.email()).schools().isEmpty()) {
            return List.of();
        }
        return List.of(new HomeCard(
                "Inclusion",
                "Exclusions",
                "/inclusion",
                "Notify an exclusion, complete a notification, see your deadlines and your school's report"));
    }
}
