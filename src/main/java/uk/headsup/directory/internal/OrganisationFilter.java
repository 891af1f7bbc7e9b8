package uk.headsup.directory.internal;

import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;
import uk.headsup.platform.Mistyped;

/**
 * What to look for among organisations; every blank field means "any". Bound from the query string of the
 * browse page, so a filtered list has an address that can be bookmarked and exported.
 */
public class OrganisationFilter {

    private String q = "";
    private String kind = "";
    private String phase = "";
    private String district = "";

    @Mistyped("Choose an academy trust from the list")
    private Long trust;

    @Mistyped("Choose a cluster from the list")
    private Long cluster;

    private String status = "OPEN";

    @Mistyped("The page number must be a whole number, like 2")
    private int page = 1;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q.trim();
    }

    public String getKind() {
        return kind;
    }

    /** A kind that is not one of {@link uk.headsup.directory.OrganisationKind} (a hand-edited address) means "any". */
    public void setKind(String kind) {
        this.kind = known(kind, OrganisationKind.class);
    }

    public String getPhase() {
        return phase;
    }

    /** A phase that is not one of {@link uk.headsup.directory.Phase} (a hand-edited address) means "any". */
    public void setPhase(String phase) {
        this.phase = known(phase, Phase.class);
    }

    private static <E extends Enum<E>> String known(String value, Class<E> type) {
        if (value == null) {
            return "";
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return value;
            }
        }
        return "";
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district == null ? "" : district;
    }

    public Long getTrust() {
        return trust;
    }

    public void setTrust(Long trust) {
        this.trust = trust;
    }

    public Long getCluster() {
        return cluster;
    }

    public void setCluster(Long cluster) {
        this.cluster = cluster;
    }

    /** OPEN (not closed), CLOSED, or blank for all. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public int getPage() {
        return page;
    }

    /** At least 1; at most 100,000 (five million results), so that no page number overflows an offset. */
    public void setPage(int page) {
        this.page = Math.min(Math.max(1, page), 100_000);
    }
}
