package uk.headsup.directory;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who to reach: people holding any of the roles at organisations that match every other criterion. An empty
 * set means "any". Closed organisations are left out unless asked for. For example, the SENCos and pastoral
 * leads of open secondary schools in Rugby:
 *
 * <pre>Audience.of(SENCO, PASTORAL_LEAD).inPhases(SECONDARY).inDistricts("Rugby")</pre>
 */
public record Audience(
        Set<OrganisationRole> roles,
        Set<Phase> phases,
        Set<OrganisationKind> kinds,
        Set<String> districts,
        Set<Long> clusters,
        Set<Long> trusts,
        boolean includeClosed) {

    public Audience {
        roles = Set.copyOf(roles);
        phases = Set.copyOf(phases);
        kinds = Set.copyOf(kinds);
        districts = Set.copyOf(districts);
        clusters = Set.copyOf(clusters);
        trusts = Set.copyOf(trusts);
    }

    /** Everyone with a role at an open school or setting. */
    public static Audience everyone() {
        return new Audience(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);
    }

    public static Audience of(OrganisationRole first, OrganisationRole... more) {
        return everyone().withRoles(EnumSet.of(first, more));
    }

    public Audience withRoles(Set<OrganisationRole> roles) {
        return new Audience(roles, phases, kinds, districts, clusters, trusts, includeClosed);
    }

    public Audience inPhases(Phase... phases) {
        return new Audience(roles, Set.of(phases), kinds, districts, clusters, trusts, includeClosed);
    }

    public Audience ofKinds(OrganisationKind... kinds) {
        return new Audience(roles, phases, Set.of(kinds), districts, clusters, trusts, includeClosed);
    }

    public Audience inDistricts(String... districts) {
        return new Audience(roles, phases, kinds, Set.of(districts), clusters, trusts, includeClosed);
    }

    public Audience inClusters(Long... clusters) {
        return new Audience(roles, phases, kinds, districts, Set.of(clusters), trusts, includeClosed);
    }

    public Audience inTrusts(Long... trusts) {
        return new Audience(roles, phases, kinds, districts, clusters, Set.of(trusts), includeClosed);
    }

    public Audience includingClosed() {
        return new Audience(roles, phases, kinds, districts, clusters, trusts, true);
    }
}
