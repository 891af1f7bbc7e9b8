package uk.headsup.events.internal.bookings.web;

import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.headsup.platform.Mistyped;

/**
 * Who to book places for, as ticked and typed, in the order of the page: the school or setting, the people (their
 * directory ids as sent), each one's dietary and access requirements by id, and the purchase-order reference;
 * {@link BookingFormValidator} checks it. Text is stripped as it is bound; a field missing from the request is blank.
 */
record BookingForm(
        @Mistyped("Choose a school or setting from the list")
        Long organisation,

        List<String> people,
        Map<String, String> dietary,
        Map<String, String> access,

        @Size(max = 100, message = "The purchase order reference must be 100 characters or fewer")
        String purchaseOrder) {

    BookingForm {
        people = people == null ? List.of() : List.copyOf(people);
        // Mutable: Spring binds "dietary[12]" into the map after constructing the record.
        dietary = dietary == null ? new HashMap<>() : new HashMap<>(dietary);
        access = access == null ? new HashMap<>() : new HashMap<>(access);
        purchaseOrder = purchaseOrder == null ? "" : purchaseOrder.strip();
    }

    /** The same form for another school or setting: the one first shown, when none was chosen. */
    BookingForm forOrganisation(Long organisation) {
        return new BookingForm(organisation, people, dietary, access, purchaseOrder);
    }
}
