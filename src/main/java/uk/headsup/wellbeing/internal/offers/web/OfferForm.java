package uk.headsup.wellbeing.internal.offers.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.platform.DateInput;
import uk.headsup.wellbeing.NewOffer;
import uk.headsup.wellbeing.OfferAccess;
import uk.headsup.wellbeing.OfferKind;
import uk.headsup.wellbeing.internal.offers.Offer;

/**
 * An offer as typed into the catalogue's add and change forms (a class, not a record, for the shared date input
 * fragment); {@link #check} turns it into a {@link NewOffer} or says what is wrong.
 */
public class OfferForm {

    static final int LONG_TEXT = 2_000;
    static final int SHORT_TEXT = 200;

    private String title = "";
    private String provider = "";
    private String kind = "";
    private String description = "";
    private List<String> roles = new ArrayList<>();
    private List<String> phases = new ArrayList<>();
    private String maxYearsAsHead = "";
    private String cost = "Free";
    private String capacity = "";
    private String access = "";
    private String phone = "";
    private String link = "";
    private DateInput availableUntil = new DateInput();

    static OfferForm of(Offer o) {
        OfferForm f = new OfferForm();
        f.title = o.title();
        f.provider = o.provider();
        f.kind = o.kind().name();
        f.description = o.description();
        f.roles = o.roles().stream().map(Enum::name).sorted().collect(Collectors.toList());
        f.phases = o.phases().stream().map(Enum::name).sorted().collect(Collectors.toList());
        f.maxYearsAsHead = o.maxYearsAsHead() == null ? "" : o.maxYearsAsHead().toString();
        f.cost = o.cost();
        f.capacity = o.capacity() == null ? "" : o.capacity().toString();
        f.access = o.access().name();
        f.phone = o.phone() == null ? "" : o.phone();
        f.link = o.link() == null ? "" : o.link();
        f.availableUntil = DateInput.of(o.availableUntil());
        return f;
    }

    /** The offer, or null with the problems in {@code errors}. */
    NewOffer check(Errors errors) {
        text(errors, "title", title, "the title", SHORT_TEXT);
        text(errors, "provider", provider, "who provides it", SHORT_TEXT);
        text(errors, "description", description, "what the offer is", LONG_TEXT);
        text(errors, "cost", cost, "the cost, or Free", SHORT_TEXT);
        OfferKind kindValue = choice(errors, "kind", kind, OfferKind.class, "Choose what kind of support it is");
        OfferAccess accessValue = choice(errors, "access", access, OfferAccess.class, "Choose how people get it");
        Integer years = number(errors, "maxYearsAsHead", maxYearsAsHead, "The years of headship", 1, 40);
        Integer places = number(errors, "capacity", capacity, "The number of places", 1, 100_000);
        if (phone.length() > 40) {
            errors.rejectValue("phone", "size", "The phone number must be 40 characters or fewer");
        }
        if (!link.isBlank() && !isWebAddress(link)) {
            errors.rejectValue("link", "format", "Enter a web address starting with https://");
        }
        if (accessValue == OfferAccess.DIRECT && phone.isBlank() && link.isBlank()) {
            errors.rejectValue("phone", "required", "Enter a phone number or a web address for direct access");
        }
        LocalDate until = null;
        if (availableUntil.isBlank()) {
            errors.rejectValue("availableUntil", "required", "Enter the date the offer is available until");
        } else if (availableUntil.problem("Available until") != null) {
            errors.rejectValue("availableUntil", "date", availableUntil.problem("Available until"));
        } else {
            until = availableUntil.date().orElseThrow();
        }
        Set<OrganisationRole> roleValues = enums(roles, OrganisationRole.class);
        Set<Phase> phaseValues = enums(phases, Phase.class);
        if (errors.hasErrors()) {
            return null;
        }
        return new NewOffer(
                title.strip(),
                provider.strip(),
                kindValue,
                description.strip(),
                roleValues,
                phaseValues,
                years,
                cost.strip(),
                places,
                accessValue,
                phone.isBlank() ? null : phone.strip(),
                link.isBlank() ? null : link.strip(),
                until);
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void text(Errors errors, String field, String value, String what, int max) {
        if (value.isBlank()) {
            errors.rejectValue(field, "required", "Enter " + what);
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "size", "This must be " + String.format("%,d", max) + " characters or fewer");
        }
    }

    private static <E extends Enum<E>> E choice(
            Errors errors, String field, String value, Class<E> type, String message) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue(field, "required", message);
            return null;
        }
    }

    private static Integer number(Errors errors, String field, String value, String name, int min, int max) {
        if (value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                errors.rejectValue(field, "range", name + " must be between " + min + " and " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "format", name + " must be a whole number, like 5");
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    values.add(e);
                }
            }
        }
        return values;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v == null ? "" : v;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String v) {
        provider = v == null ? "" : v;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        kind = v == null ? "" : v;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String v) {
        description = v == null ? "" : v;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> v) {
        roles = v == null ? new ArrayList<>() : v;
    }

    public List<String> getPhases() {
        return phases;
    }

    public void setPhases(List<String> v) {
        phases = v == null ? new ArrayList<>() : v;
    }

    public String getMaxYearsAsHead() {
        return maxYearsAsHead;
    }

    public void setMaxYearsAsHead(String v) {
        maxYearsAsHead = v == null ? "" : v;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String v) {
        cost = v == null ? "" : v;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String v) {
        capacity = v == null ? "" : v;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String v) {
        access = v == null ? "" : v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v == null ? "" : v;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String v) {
        link = v == null ? "" : v;
    }

    public DateInput getAvailableUntil() {
        return availableUntil;
    }

    public void setAvailableUntil(DateInput v) {
        availableUntil = v == null ? new DateInput() : v;
    }
}
