package uk.headsup.bulletins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * Whom an article is for: people holding any of the roles at schools and settings of any of the phases, in any of
 * the districts and clusters. An empty set means "any", so an audience with no criteria is everyone.
 */
public record ArticleAudience(
        Set<OrganisationRole> roles, Set<Phase> phases, Set<String> districts, Set<Long> clusters) {

    public ArticleAudience {
        roles = Set.copyOf(roles);
        phases = Set.copyOf(phases);
        districts = Set.copyOf(districts);
        clusters = Set.copyOf(clusters);
    }

    public static ArticleAudience everyone() {
        return new ArticleAudience(Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean isEveryone() {
        return roles.isEmpty() && phases.isEmpty() && districts.isEmpty() && clusters.isEmpty();
    }

    /**
     * The one rule for who gets an article, used by the web edition, "Preview as", "What needs your attention"
     * and the emails: at least one of the reader's posts meets every criterion the audience sets.
     */
    public boolean reaches(Reader reader) {
        if (isEveryone()) {
            return true;
        }
        return reader.posts().stream().anyMatch(this::reaches);
    }

    private boolean reaches(Reader.Post post) {
        return (roles.isEmpty() || roles.contains(post.role()))
                && (phases.isEmpty() || (post.phase() != null && phases.contains(post.phase())))
                && (districts.isEmpty() || post.district() == null || districts.contains(post.district()))
                && (clusters.isEmpty()
                        || post.clusters() == null
                        || post.clusters().stream().anyMatch(clusters::contains));
    }

    /** The same people as a directory audience, to find them (open schools and settings only). */
    public Audience toAudience() {
        return new Audience(roles, phases, Set.of(), districts, clusters, Set.of(), false);
    }

    /** In words, such as "SENCos and designated safeguarding leads · Primary, Secondary · Rugby". */
    public String describe() {
        if (isEveryone()) {
            return "Everyone";
        }
        List<String> parts = new ArrayList<>();
        if (!roles.isEmpty()) {
            parts.add(
                    joined(roles.stream().sorted().map(OrganisationRole::label).toList()));
        }
        if (!phases.isEmpty()) {
            parts.add(joined(phases.stream().sorted().map(Phase::label).toList()) + " phase");
        }
        if (!districts.isEmpty()) {
            parts.add(joined(sorted(districts)));
        }
        if (!clusters.isEmpty()) {
            parts.add(clusters.size() == 1 ? "1 cluster" : clusters.size() + " clusters");
        }
        return String.join(" · ", parts);
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static String joined(List<String> labels) {
        return labels.stream().collect(Collectors.joining(", "));
    }
}
