package uk.headsup.inclusion.internal.provision.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A provider of alternative provision to register, as typed in the order of the page; {@link ProviderFormValidator}
 * checks it. Text is stripped as it is bound; a field missing from the request is blank.
 */
record ProviderForm(
        @NotBlank(message = "Enter the provider's name") String name,
        String registration,
        String commissioning,
        String urn) {

    ProviderForm {
        name = name == null ? "" : name.strip();
        registration = registration == null ? "" : registration.strip();
        commissioning = commissioning == null ? "" : commissioning.strip();
        urn = urn == null ? "" : urn.strip();
    }
}
