package uk.headsup.recognition.internal.applications;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.recognition.Scheme.GroupSize;

/**
 * The rules for a group of primary schools applying together for the Quality Mark, each refusal in plain words
 * naming the school and the rule: open primary schools only, all in one district, one trust or one cluster or
 * consortium of the directory, one live
 * application per school per scheme, and the scheme's group size ({@link GroupSize}: at least so many schools to
 * submit, more than so many only with the schemes officer's agreement).
 */
final class GroupRules {

    /**
     * A school of a proposed group.
     *
     * @param liveApplication the school's other live application for this scheme, in words, or null if none
     * @param clusters the clusters and consortia the school belongs to
     */
    record Candidate(OrganisationProfile school, String liveApplication, Set<Long> clusters) {

        Candidate {
            clusters = clusters == null ? Set.of() : Set.copyOf(clusters);
        }

        Candidate(OrganisationProfile school, String liveApplication) {
            this(school, liveApplication, Set.of());
        }
    }

    private GroupRules() {}

    /** What stops the lead proposing this group (the lead first among the candidates); empty if nothing does. */
    static List<String> toPropose(List<Candidate> candidates, GroupSize size) {
        List<String> problems = new ArrayList<>();
        if (candidates.isEmpty()) {
            return List.of("Choose the schools of the group");
        }
        OrganisationProfile lead = candidates.get(0).school();
        for (Candidate c : candidates) {
            OrganisationProfile s = c.school();
            if (s.kind() != OrganisationKind.SCHOOL || !s.primary()) {
                problems.add(s.name() + " is not a primary school: the Quality Mark is for groups of primary schools");
            } else if (!s.open()) {
                problems.add(s.name() + " is closed: only open schools can join a group");
            }
            if (c.liveApplication() != null) {
                problems.add(s.name() + " already has a live application for this scheme (" + c.liveApplication()
                        + "): a school can be in one live application per scheme");
            }
        }
        boolean oneDistrict = lead.district() != null
                && candidates.stream()
                        .allMatch(c -> lead.district().equals(c.school().district()));
        boolean oneTrust = lead.trustId() != null
                && candidates.stream()
                        .allMatch(c -> lead.trustId().equals(c.school().trustId()));
        Set<Long> shared = new HashSet<>(candidates.get(0).clusters());
        candidates.forEach(c -> shared.retainAll(c.clusters()));
        boolean oneConsortium = !shared.isEmpty();
        if (!oneDistrict && !oneTrust && !oneConsortium) {
            int before = problems.size();
            for (Candidate c : candidates.subList(1, candidates.size())) {
                OrganisationProfile s = c.school();
                boolean sameDistrict = Objects.equals(lead.district(), s.district());
                boolean sameTrust = lead.trustId() != null && lead.trustId().equals(s.trustId());
                boolean sameConsortium =
                        c.clusters().stream().anyMatch(candidates.get(0).clusters()::contains);
                if (!sameDistrict && !sameTrust && !sameConsortium) {
                    problems.add(s.name() + " is in " + (s.district() == null ? "no district" : s.district())
                            + ", not in " + lead.district() + " with " + lead.name()
                            + ", and not in the same trust or consortium: all the schools of a group must be in"
                            + " one district, one trust or one consortium");
                }
            }
            if (problems.size() == before) {
                problems.add("The schools are not all in one district, one trust or one consortium ("
                        + candidates.stream().map(c -> c.school().name()).collect(Collectors.joining(", "))
                        + "): all the schools of a group must be in one of them together");
            }
        }
        if (candidates.size() < 2) {
            problems.add("Choose at least " + (size.smallest() - 1) + " other schools: a group needs at least "
                    + size.smallest() + " schools to submit");
        }
        return problems;
    }

    /** What stops the group submitting, given the schools that have joined (lead and accepted); empty if nothing. */
    static List<String> toSubmit(List<String> joined, boolean officerAgreed, GroupSize size) {
        if (joined.size() < size.smallest()) {
            return List.of("A group needs at least " + size.smallest() + " schools that have joined to submit: it has "
                    + joined.size() + " (" + joined.stream().collect(Collectors.joining(", ")) + ")");
        }
        if (joined.size() > size.largest() && !officerAgreed) {
            return List.of("A group of " + joined.size() + " schools needs the schemes officer's agreement to submit:"
                    + " groups of more than " + size.largest() + " are agreed case by case");
        }
        return List.of();
    }
}
