package uk.headsup.mailing;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * One recipient as a {@link MailshotContent} sees them when their message is rendered.
 *
 * @param posts each role they hold at an organisation that put them in the mailshot, with its phase: a SENCo at a
 *     secondary school who is also headteacher of a primary has two
 * @param unwanted topics they have turned off, such as sections of interest or marketing
 */
public record MailshotRecipient(String name, String email, List<Post> posts, Set<String> unwanted) {

    /** @param phase the organisation's phase of education, or null */
    public record Post(OrganisationRole role, long organisationId, String organisationName, Phase phase) {}

    public MailshotRecipient {
        posts = List.copyOf(posts);
        unwanted = Set.copyOf(unwanted);
    }

    /** Whether they want items of this topic; essential items (a null topic) are always wanted. */
    public boolean wants(String topic) {
        return topic == null || !unwanted.contains(topic);
    }

    public Set<OrganisationRole> roles() {
        return posts.stream()
                .map(Post::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationRole.class)));
    }

    public Set<Phase> phases() {
        return posts.stream()
                .map(Post::phase)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
    }

    /** The organisations of their posts, by id, in order. */
    public Map<Long, String> organisations() {
        Map<Long, String> organisations = new LinkedHashMap<>();
        posts.forEach(p -> organisations.putIfAbsent(p.organisationId(), p.organisationName()));
        return organisations;
    }

    /**
     * What targeting by role and phase can depend on: recipients of one variant (the same role-and-phase pairs and
     * the same topics turned off) get the same articles, so a content renders each variant once and fills in the
     * name and links. A content that also targets by district or cluster adds those to its own key.
     */
    public String variant() {
        return posts.stream()
                        .map(p -> p.role() + "@" + p.phase())
                        .distinct()
                        .sorted(Comparator.naturalOrder())
                        .toList()
                + "|" + unwanted.stream().sorted().toList();
    }
}
