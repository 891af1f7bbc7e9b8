package uk.headsup.wellbeing.internal.offers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.headsup.platform.DateInput;
import uk.headsup.wellbeing.NewOffer;
import uk.headsup.wellbeing.internal.offers.Offer;

/**
 * An offer as typed into the catalogue's add and change forms, its components in the order of the page. The rules of
 * one field are its constraints; {@link OfferFormValidator} checks them and the rules between fields, and makes the
 * {@link NewOffer}. Text is stripped as it is bound; a field missing from the request takes the blank form's value.
 */
record OfferForm(
        @NotBlank(message = "Enter the title") @Size(max = SHORT_TEXT, message = "This must be 200 characters or fewer")
        String title,

        @NotBlank(message = "Enter who provides it")
        @Size(max = SHORT_TEXT, message = "This must be 200 characters or fewer")
        String provider,

        String kind,

        @NotBlank(message = "Enter what the offer is")
        @Size(max = LONG_TEXT, message = "This must be 2,000 characters or fewer")
        String description,

        List<String> roles,
        List<String> phases,
        String maxYearsAsHead,

        @NotBlank(message = "Enter the cost, or Free")
        @Size(max = SHORT_TEXT, message = "This must be 200 characters or fewer")
        String cost,

        String capacity,
        String access,

        @Size(max = 40, message = "The phone number must be 40 characters or fewer")
        String phone,

        String link,
        DateInput availableUntil) {

    static final int LONG_TEXT = 2_000;
    static final int SHORT_TEXT = 200;

    OfferForm {
        title = strip(title);
        provider = strip(provider);
        kind = strip(kind);
        description = strip(description);
        // unticked checkboxes send nothing: none chosen
        roles = roles == null ? List.of() : List.copyOf(roles);
        phases = phases == null ? List.of() : List.copyOf(phases);
        maxYearsAsHead = strip(maxYearsAsHead);
        cost = cost == null ? "Free" : cost.strip();
        capacity = strip(capacity);
        access = strip(access);
        phone = strip(phone);
        link = strip(link);
        availableUntil = availableUntil == null ? new DateInput() : availableUntil;
    }

    /** The add form as it opens: free, nothing else filled in. */
    static OfferForm blank() {
        return new OfferForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static OfferForm of(Offer o) {
        return new OfferForm(
                o.title(),
                o.provider(),
                o.kind().name(),
                o.description(),
                o.roles().stream().map(Enum::name).sorted().toList(),
                o.phases().stream().map(Enum::name).sorted().toList(),
                o.maxYearsAsHead() == null ? "" : o.maxYearsAsHead().toString(),
                o.cost(),
                o.capacity() == null ? "" : o.capacity().toString(),
                o.access().name(),
                o.phone(),
                o.link(),
                DateInput.of(o.availableUntil()));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
