package uk.headsup.bulletins.internal;

import java.util.Arrays;
import java.util.List;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** A choice on a form, as the shared form fragments take it. */
public record Option(String value, String label, String description) {

    public static List<Option> roles() {
        return Arrays.stream(OrganisationRole.values())
                .map(r -> new Option(r.name(), r.label(), null))
                .toList();
    }

    public static List<Option> phases() {
        return Arrays.stream(Phase.values())
                .filter(p -> p != Phase.NOT_APPLICABLE)
                .map(p -> new Option(p.name(), p.label(), null))
                .toList();
    }
}
