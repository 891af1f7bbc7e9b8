package uk.headsup.events.internal.bookings.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.directory.StaffMember;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.bookings.BookingDesk;

/**
 * Who is looking at an events page: authority staff (events officers run events), or school and setting staff
 * as the directory knows them today.
 */
public record Viewer(
        String email, String name, boolean authorityStaff, boolean eventsOfficer, Optional<StaffMember> staff) {

    public static Viewer of(Authentication authentication, Model model, StaffLookup lookup) {
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        SignedInUser user = (SignedInUser) model.getAttribute("currentUser");
        String email = authentication.getName();
        String name = user != null ? user.name() : email;
        if (authorities.contains("ROLE_AUTHORITY_STAFF")) {
            boolean officer = authorities.contains("ROLE_EVENTS_OFFICER") || authorities.contains("ROLE_ADMIN");
            return new Viewer(email, name, true, officer, Optional.empty());
        }
        return new Viewer(email, name, false, false, lookup.staffMember(email));
    }

    public BookingDesk.Booker booker() {
        return new BookingDesk.Booker(email, name, eventsOfficer);
    }

    public BookingDesk.Actor actor() {
        return new BookingDesk.Actor(email, eventsOfficer);
    }

    /**
     * The organisations whose statement of charges this viewer may see: every one for events officers (empty
     * then), those where they are headteacher or business manager for school staff.
     */
    public Set<Long> financeOrganisations() {
        return posts().stream()
                .filter(p -> BookingDesk.SEE_CHARGES.contains(p.role()))
                .map(StaffMember.Post::organisationId)
                .collect(Collectors.toSet());
    }

    public boolean seesCharges() {
        return eventsOfficer || !financeOrganisations().isEmpty();
    }

    public List<StaffMember.Post> posts() {
        return staff.map(StaffMember::posts).orElse(List.of());
    }
}
