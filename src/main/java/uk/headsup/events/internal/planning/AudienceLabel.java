package uk.headsup.events.internal.planning;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** An audience in words, as an event or a calendar of meetings shows who it is for. */
public final class AudienceLabel {

    private AudienceLabel() {}

    /** "SENCos and pastoral leads of primary and secondary schools and settings", "All school and setting staff". */
    public static String of(Set<OrganisationRole> roles, Set<Phase> phases) {
        String who = roles.isEmpty()
                ? "All staff"
                : roles.stream().sorted().map(r -> plural(r.label())).collect(Collectors.joining(", "));
        String where = phases.isEmpty()
                ? " of schools and settings"
                : " in "
                        + phases.stream()
                                .sorted()
                                .map(p -> p.label().toLowerCase(Locale.UK))
                                .collect(Collectors.joining(", "))
                        + " schools and settings";
        return who + where;
    }

    private static String plural(String label) {
        return label.endsWith("s") ? label : label + "s";
    }
}
