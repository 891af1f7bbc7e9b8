package uk.headsup.wellbeing.internal.offers;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.wellbeing.OfferAccess;
import uk.headsup.wellbeing.OfferKind;

/** A support offer in the catalogue; see {@link uk.headsup.wellbeing.NewOffer} for what each part means. */
public record Offer(
        long id,
        String title,
        String provider,
        OfferKind kind,
        String description,
        Set<OrganisationRole> roles,
        Set<Phase> phases,
        Integer maxYearsAsHead,
        String cost,
        Integer capacity,
        OfferAccess access,
        String phone,
        String link,
        LocalDate availableUntil) {

    /** Until the end of its "available until" day; after that it leaves the page by itself. */
    public boolean availableOn(LocalDate date) {
        return !availableUntil.isBefore(date);
    }

    public boolean direct() {
        return access == OfferAccess.DIRECT;
    }

    /** For the first years of headship: offered to new heads and in their welcome. */
    public boolean forNewHeads() {
        return maxYearsAsHead != null;
    }

    /**
     * Whether the offer is for this leader on that date: one of its roles (any, if none named), one of its phases
     * (any, if none named) and, if it is for the first years of headship, a head for fewer years than that.
     */
    public boolean fits(Leader leader, LocalDate on) {
        if (!roles.isEmpty() && Collections.disjoint(roles, leader.roles())) {
            return false;
        }
        if (!phases.isEmpty() && Collections.disjoint(phases, leader.phases())) {
            return false;
        }
        if (maxYearsAsHead != null) {
            return leader.headSince()
                    .map(since -> since.plusYears(maxYearsAsHead).isAfter(on))
                    .orElse(false);
        }
        return true;
    }

    /** "Headteachers, primary, first 5 years of headship", or "Every school and setting leader". */
    public String whoFor() {
        StringBuilder who = new StringBuilder(
                roles.isEmpty()
                        ? "Every school and setting leader"
                        : String.join(
                                ", ",
                                roles.stream()
                                        .sorted()
                                        .map(OrganisationRole::label)
                                        .toList()));
        if (!phases.isEmpty()) {
            who.append("; ")
                    .append(String.join(
                            ", ",
                            phases.stream()
                                    .sorted()
                                    .map(p -> p.label().toLowerCase())
                                    .toList()));
        }
        if (maxYearsAsHead != null) {
            who.append("; in the first ")
                    .append(maxYearsAsHead)
                    .append(maxYearsAsHead == 1 ? " year" : " years")
                    .append(" of headship");
        }
        return who.toString();
    }
}
