package uk.headsup.events.internal.bookings.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.headsup.events.internal.bookings.BookingDesk;

/** Who to book places for, their requirements, and the purchase-order reference. */
public class BookingForm {

    private Long organisation;
    private List<Long> people = new ArrayList<>();
    private Map<String, String> dietary = new HashMap<>();
    private Map<String, String> access = new HashMap<>();
    private String purchaseOrder = "";

    BookingDesk.Request request(long eventId) {
        List<BookingDesk.Attendee> attendees = people.stream()
                .map(id -> new BookingDesk.Attendee(
                        id, dietary.getOrDefault(String.valueOf(id), ""), access.getOrDefault(String.valueOf(id), "")))
                .toList();
        return new BookingDesk.Request(eventId, organisation == null ? 0 : organisation, attendees, purchaseOrder);
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public List<Long> getPeople() {
        return people;
    }

    public void setPeople(List<Long> people) {
        this.people = people == null ? new ArrayList<>() : people;
    }

    public Map<String, String> getDietary() {
        return dietary;
    }

    public void setDietary(Map<String, String> dietary) {
        this.dietary = dietary;
    }

    public Map<String, String> getAccess() {
        return access;
    }

    public void setAccess(Map<String, String> access) {
        this.access = access;
    }

    public String getPurchaseOrder() {
        return purchaseOrder;
    }

    public void setPurchaseOrder(String purchaseOrder) {
        this.purchaseOrder = purchaseOrder == null ? "" : purchaseOrder.strip();
    }
}
