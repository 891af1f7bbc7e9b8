package uk.headsup.recognition.internal.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.Phase;
import uk.headsup.recognition.Scheme.GroupSize;
import uk.headsup.recognition.internal.applications.GroupRules.Candidate;

class GroupRulesTest {

    static List<String> propose(List<Candidate> candidates) {
        return GroupRules.toPropose(candidates, GroupSize.USUAL);
    }

    static List<String> submit(List<String> joined, boolean officerAgreed) {
        return GroupRules.toSubmit(joined, officerAgreed, GroupSize.USUAL);
    }

    static OrganisationProfile school(long id, String name, Phase phase, String district, Long trust, boolean open) {
        return new OrganisationProfile(id, OrganisationKind.SCHOOL, name, phase, district, trust, open);
    }

    static Candidate primary(long id, String name, String district) {
        return new Candidate(school(id, name, Phase.PRIMARY, district, null, true), null);
    }

    @Test
    void threeOpenPrimarySchoolsOfOneDistrictMayBeProposed() {
        assertThat(propose(List.of(
                        primary(1, "Fennick Primary School", "Northbrook"),
                        primary(2, "Otterden Primary School", "Northbrook"),
                        primary(3, "Hollins Cross Primary School", "Northbrook"))))
                .isEmpty();
    }

    @Test
    void aSchoolOfAnotherDistrictIsNamedWithTheRule() {
        assertThat(propose(List.of(
                        primary(1, "Fennick Primary School", "Northbrook"),
                        primary(2, "Otterden Primary School", "Northbrook"),
                        primary(3, "Wystan Primary School", "Kingsford"))))
                .containsExactly("Wystan Primary School is in Kingsford, not in Northbrook with Fennick Primary School,"
                        + " and not in the same trust or consortium: all the schools of a group must be in one district,"
                        + " one trust or one consortium");
    }

    @Test
    void schoolsOfOneTrustMayComeFromSeveralDistricts() {
        assertThat(propose(List.of(
                        new Candidate(school(1, "A Primary", Phase.PRIMARY, "Northbrook", 77L, true), null),
                        new Candidate(school(2, "B Primary", Phase.PRIMARY, "Kingsford", 77L, true), null),
                        new Candidate(school(3, "C Primary", Phase.PRIMARY, "Mereton", 77L, true), null))))
                .isEmpty();
    }

    @Test
    void closedSecondaryAndEarlyYearsOrganisationsAreRefusedByName() {
        List<String> problems = propose(List.of(
                primary(1, "Fennick Primary School", "Northbrook"),
                new Candidate(school(2, "Northbrook Academy", Phase.SECONDARY, "Northbrook", null, true), null),
                new Candidate(school(3, "Otterden Primary School", Phase.PRIMARY, "Northbrook", null, false), null),
                new Candidate(
                        new OrganisationProfile(
                                4,
                                OrganisationKind.EARLY_YEARS_SETTING,
                                "Little Acorns",
                                Phase.NURSERY,
                                "Northbrook",
                                null,
                                true),
                        null)));
        assertThat(problems)
                .containsExactly(
                        "Northbrook Academy is not a primary school: the Quality Mark is for groups of primary schools",
                        "Otterden Primary School is closed: only open schools can join a group",
                        "Little Acorns is not a primary school: the Quality Mark is for groups of primary schools");
    }

    @Test
    void aSchoolWithAnotherLiveApplicationIsRefused() {
        assertThat(propose(List.of(
                        primary(1, "Fennick Primary School", "Northbrook"),
                        new Candidate(
                                school(2, "Otterden Primary School", Phase.PRIMARY, "Northbrook", null, true),
                                "Group led by Hollins Cross Primary School"),
                        primary(3, "Amberley Green Primary School", "Northbrook"))))
                .containsExactly("Otterden Primary School already has a live application for this scheme (Group led by"
                        + " Hollins Cross Primary School): a school can be in one live application per scheme");
    }

    @Test
    void aLeadAloneIsToldHowManySchoolsAGroupNeeds() {
        assertThat(propose(List.of(primary(1, "Fennick Primary School", "Northbrook"))))
                .containsExactly("Choose at least 2 other schools: a group needs at least 3 schools to submit");
    }

    @Test
    void fewerThanThreeJoinedSchoolsCannotSubmit() {
        assertThat(submit(List.of("Fennick Primary School", "Otterden Primary School"), false))
                .containsExactly("A group needs at least 3 schools that have joined to submit: it has 2"
                        + " (Fennick Primary School, Otterden Primary School)");
        assertThat(submit(List.of("A", "B", "C"), false)).isEmpty();
    }

    @Test
    void theSchemesGroupSizeDecides() {
        GroupSize fourToFive = new GroupSize(4, 5);
        assertThat(GroupRules.toSubmit(List.of("A", "B", "C"), false, fourToFive))
                .containsExactly("A group needs at least 4 schools that have joined to submit: it has 3 (A, B, C)");
        assertThat(GroupRules.toSubmit(List.of("A", "B", "C", "D", "E"), false, fourToFive))
                .isEmpty();
        assertThat(GroupRules.toSubmit(List.of("A", "B", "C", "D", "E", "F"), false, fourToFive))
                .containsExactly("A group of 6 schools needs the schemes officer's agreement to submit: groups of more"
                        + " than 5 are agreed case by case");
    }

    @Test
    void moreThanSixNeedTheOfficersAgreement() {
        List<String> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add("School " + i);
        }
        assertThat(submit(seven.subList(0, 6), false)).isEmpty();
        assertThat(submit(seven, false))
                .containsExactly("A group of 7 schools needs the schemes officer's agreement to submit: groups of more"
                        + " than 6 are agreed case by case");
        assertThat(submit(seven, true)).isEmpty();
    }

    @Test
    void schoolsOfOneConsortiumMayBeProposedAcrossDistrictsAndTrusts() {
        assertThat(propose(List.of(
                        new Candidate(
                                school(1, "A Primary", Phase.PRIMARY, "Northbrook", null, true), null, Set.of(9L)),
                        new Candidate(
                                school(2, "B Primary", Phase.PRIMARY, "Kingsford", 5L, true), null, Set.of(9L, 4L)),
                        new Candidate(school(3, "C Primary", Phase.PRIMARY, "Mereton", 6L, true), null, Set.of(9L)))))
                .isEmpty();
    }

    @Test
    void schoolsEachSharingSomethingWithTheLeadButNothingAllTogetherAreRefused() {
        assertThat(propose(List.of(
                        new Candidate(school(1, "A Primary", Phase.PRIMARY, "Northbrook", 7L, true), null),
                        new Candidate(school(2, "B Primary", Phase.PRIMARY, "Northbrook", null, true), null),
                        new Candidate(school(3, "C Primary", Phase.PRIMARY, "Mereton", 7L, true), null))))
                .containsExactly("The schools are not all in one district, one trust or one consortium (A Primary,"
                        + " B Primary, C Primary): all the schools of a group must be in one of them together");
    }
}
