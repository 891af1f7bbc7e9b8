package uk.headsup.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Schools that could work together with one school (a group applying for a recognition scheme), the clusters and
 * consortia they share, and who leads each of them today.
 */
public interface Partners {

    /**
     * Open schools of these phases to suggest as partners of a school, best first: those in its district, then in
     * its trust, then in a cluster or consortium with it, then the nearest by GIAS's grid reference, then by name.
     */
    List<PartnerSuggestion> suggest(long schoolId, Set<Phase> phases, int limit);

    /** The clusters and consortia each of these organisations belongs to, by organisation id (empty sets left out). */
    Map<Long, Set<Long>> clusters(Collection<Long> organisationIds);

    /**
     * The people who lead these schools and settings today (headteachers, setting managers, childminders), by
     * organisation then name: whom to tell about something their organisation has to decide.
     */
    List<AudienceMember> leaders(Collection<Long> organisationIds);

    /**
     * A suggested partner and why.
     *
     * @param sameDistrict in the school's district
     * @param sameTrust in the school's academy trust
     * @param clusters the names of the clusters or consortia it shares with the school, empty if none
     * @param metres how far apart the two are by GIAS's grid reference, or null if either has none
     */
    record PartnerSuggestion(
            OrganisationProfile school, boolean sameDistrict, boolean sameTrust, List<String> clusters, Long metres) {

        public PartnerSuggestion {
            clusters = List.copyOf(clusters);
        }

        /** Why it is suggested, in words: "Same district; same trust; 1.2 km away". */
        public String why() {
            StringBuilder why = new StringBuilder();
            if (sameDistrict) {
                why.append("Same district");
            }
            if (sameTrust) {
                why.append(why.isEmpty() ? "" : "; ").append("same trust");
            }
            if (!clusters.isEmpty()) {
                why.append(why.isEmpty() ? "" : "; ")
                        .append("same cluster or consortium (")
                        .append(String.join(", ", clusters))
                        .append(')');
            }
            if (metres != null) {
                why.append(why.isEmpty() ? "" : "; ").append(String.format(Locale.UK, "%.1f km away", metres / 1000.0));
            }
            String text = why.toString();
            return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
