package uk.headsup.directory.internal.web;

import java.util.LinkedHashSet;
import java.util.Set;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** The audience preview's criteria, from its query string. */
public class AudienceForm {

    private Set<OrganisationRole> roles = new LinkedHashSet<>();
    private Set<Phase> phases = new LinkedHashSet<>();
    private Set<OrganisationKind> kinds = new LinkedHashSet<>();
    private Set<String> districts = new LinkedHashSet<>();
    private Set<Long> clusters = new LinkedHashSet<>();
    private Set<Long> trusts = new LinkedHashSet<>();
    private boolean includeClosed;

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

    public Set<OrganisationRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<OrganisationRole> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : roles;
    }

    public Set<Phase> getPhases() {
        return phases;
    }

    public void setPhases(Set<Phase> phases) {
        this.phases = phases == null ? new LinkedHashSet<>() : phases;
    }

    public Set<OrganisationKind> getKinds() {
        return kinds;
    }

    public void setKinds(Set<OrganisationKind> kinds) {
        this.kinds = kinds == null ? new LinkedHashSet<>() : kinds;
    }

    public Set<String> getDistricts() {
        return districts;
    }

    public void setDistricts(Set<String> districts) {
        this.districts = districts == null ? new LinkedHashSet<>() : districts;
    }

    public Set<Long> getClusters() {
        return clusters;
    }

    public void setClusters(Set<Long> clusters) {
        this.clusters = clusters == null ? new LinkedHashSet<>() : clusters;
    }

    public Set<Long> getTrusts() {
        return trusts;
    }

    public void setTrusts(Set<Long> trusts) {
        this.trusts = trusts == null ? new LinkedHashSet<>() : trusts;
    }

    public boolean isIncludeClosed() {
        return includeClosed;
    }

    public void setIncludeClosed(boolean includeClosed) {
        this.includeClosed = includeClosed;
    }
}
