package uk.headsup.inclusion.internal.provision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A provider of alternative provision to register, as typed in the order of the page; {@link ProviderFormValidator}
 * checks it. Text is stripped as it is bound; a field missing from the request is blank.
 */
record ProviderForm(
        @NotBlank(message = "Enter the provider's name") String name,
        String registration,
        String commissioning,

        @Pattern(regexp = "|(EY)?[0-9]{6,7}", message = "Enter the URN as 6 or 7 digits, like 123456")
        String urn) {

    ProviderForm {
        name = name == null ? "" : name.strip();
        registration = registration == null ? "" : registration.strip();
        commissioning = commissioning == null ? "" : commissioning.strip();
        urn = urn == null ? "" : urn.strip();
    }
}
