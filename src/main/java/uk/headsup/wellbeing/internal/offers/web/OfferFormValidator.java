package uk.headsup.wellbeing.internal.offers.web;

import jakarta.validation.Validator;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.platform.FormProblems;
import uk.headsup.wellbeing.NewOffer;
import uk.headsup.wellbeing.OfferAccess;
import uk.headsup.wellbeing.OfferKind;

/**
 * The one validator of {@link OfferForm}: its fields' constraints, then the choices and numbers, the web address, an
 * offer people reach directly needing a phone number or a web address, and the date it is available until. Every
 * problem is reported in the order of the page.
 */
@Component
class OfferFormValidator {

    private final Validator constraints;

    OfferFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The offer, or null with the problems in {@code errors}. */
    NewOffer check(OfferForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        NewOffer offer = offer(form, problems);
        return problems.reportTo(errors) ? offer : null;
    }

    private static NewOffer offer(OfferForm form, FormProblems problems) {
        OfferKind kind = choice(problems, "kind", form.kind(), OfferKind.class, "Choose what kind of support it is");
        OfferAccess access = choice(problems, "access", form.access(), OfferAccess.class, "Choose how people get it");
        Integer years = number(problems, "maxYearsAsHead", form.maxYearsAsHead(), "The years of headship", 1, 40);
        Integer places = number(problems, "capacity", form.capacity(), "The number of places", 1, 100_000);
        if (!form.link().isEmpty() && !isWebAddress(form.link())) {
            problems.add("link", "format", "Enter a web address starting with https://");
        }
        if (access == OfferAccess.DIRECT
                && form.phone().isEmpty()
                && form.link().isEmpty()) {
            problems.add("phone", "required", "Enter a phone number or a web address for direct access");
        }
        LocalDate until = problems.requiredDate(
                "availableUntil",
                form.availableUntil(),
                "Enter the date the offer is available until",
                "Available until");
        Set<OrganisationRole> roles =
                problems.choices("roles", form.roles(), OrganisationRole.class, "Choose roles from the list");
        Set<Phase> phases = problems.choices("phases", form.phases(), Phase.class, "Choose phases from the list");
        if (!problems.isEmpty()) {
            return null;
        }
        return new NewOffer(
                form.title(),
                form.provider(),
                kind,
                form.description(),
                roles,
                phases,
                years,
                form.cost(),
                places,
                access,
                form.phone().isEmpty() ? null : form.phone(),
                form.link().isEmpty() ? null : form.link(),
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

    private static <E extends Enum<E>> E choice(
            FormProblems problems, String field, String value, Class<E> type, String message) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(field, "required", message);
            return null;
        }
    }

    private static Integer number(FormProblems problems, String field, String value, String name, int min, int max) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problems.add(field, "range", name + " must be between " + min + " and " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(field, "format", name + " must be a whole number, like 5");
            return null;
        }
    }
}
