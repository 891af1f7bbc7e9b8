package uk.headsup.directory.internal.audiences.web;

import java.util.LinkedHashSet;
import java.util.Set;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.platform.Mistyped;

/**
 * The audience preview's criteria, from its query string, in the order of the page. Every choice is from a list and
 * none is required, so there is nothing more to check than the binding does (a value not of a list is refused there);
 * an unticked box sends nothing, so {@code includeClosed} is a {@code Boolean}.
 */
record AudienceForm(
        @Mistyped("Choose roles from the list") Set<OrganisationRole> roles,
        @Mistyped("Choose phases from the list") Set<Phase> phases,
        @Mistyped("Choose kinds from the list") Set<OrganisationKind> kinds,
        Set<String> districts,
        @Mistyped("Choose clusters from the list") Set<Long> clusters,
        @Mistyped("Choose academy trusts from the list") Set<Long> trusts,

        @Mistyped("Tick the box to include closed schools and settings, or leave it empty")
        Boolean includeClosed) {

    AudienceForm {
        roles = roles == null ? Set.of() : new LinkedHashSet<>(roles);
        phases = phases == null ? Set.of() : new LinkedHashSet<>(phases);
        kinds = kinds == null ? Set.of() : new LinkedHashSet<>(kinds);
        districts = districts == null ? Set.of() : new LinkedHashSet<>(districts);
        clusters = clusters == null ? Set.of() : new LinkedHashSet<>(clusters);
        trusts = trusts == null ? Set.of() : new LinkedHashSet<>(trusts);
        includeClosed = Boolean.TRUE.equals(includeClosed);
    }

    Audience audience() {
        return new Audience(roles, phases, kinds, districts, clusters, trusts, includeClosed);
    }

    boolean isEmpty() {
        return roles.isEmpty()
                && phases.isEmpty()
                && kinds.isEmpty()
                && districts.isEmpty()
                && clusters.isEmpty()
                && trusts.isEmpty();
    }
}
