package uk.headsup.bulletins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.Reader;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

class ArticleAudienceTest {

    static final ArticleAudience SECONDARY_SENCOS_IN_KINGSFORD =
            new ArticleAudience(Set.of(OrganisationRole.SENCO), Set.of(Phase.SECONDARY), Set.of("Kingsford"), Set.of());

    @Test
    void everyoneReachesEveryReader() {
        assertThat(ArticleAudience.everyone().reaches(new Reader(List.of()))).isTrue();
    }

    @Test
    void aReaderIsReachedWhenOneOfTheirPostsMeetsEveryCriterion() {
        Reader kingsfordSenco =
                new Reader(List.of(new Reader.Post(OrganisationRole.SENCO, Phase.SECONDARY, "Kingsford", Set.of())));
        Reader mixed = new Reader(List.of(
                new Reader.Post(OrganisationRole.SENCO, Phase.PRIMARY, "Kingsford", Set.of()),
                new Reader.Post(OrganisationRole.HEADTEACHER, Phase.SECONDARY, "Kingsford", Set.of())));
        assertThat(SECONDARY_SENCOS_IN_KINGSFORD.reaches(kingsfordSenco)).isTrue();
        assertThat(SECONDARY_SENCOS_IN_KINGSFORD.reaches(mixed))
                .as("a SENCo of a primary and head of a secondary")
                .isFalse();
        assertThat(SECONDARY_SENCOS_IN_KINGSFORD.reaches(new Reader(
                        List.of(new Reader.Post(OrganisationRole.SENCO, Phase.SECONDARY, "Mereton", Set.of())))))
                .isFalse();
    }

    @Test
    void previewAsIgnoresPlace() {
        assertThat(SECONDARY_SENCOS_IN_KINGSFORD.reaches(Reader.as(OrganisationRole.SENCO, Phase.SECONDARY)))
                .isTrue();
        assertThat(SECONDARY_SENCOS_IN_KINGSFORD.reaches(Reader.as(OrganisationRole.SENCO, Phase.PRIMARY)))
                .isFalse();
    }

    @Test
    void clustersMatchAnyOfTheOrganisationsClusters() {
        ArticleAudience cluster = new ArticleAudience(Set.of(), Set.of(), Set.of(), Set.of(7L));
        assertThat(cluster.reaches(new Reader(
                        List.of(new Reader.Post(OrganisationRole.HEADTEACHER, Phase.PRIMARY, "", Set.of(3L, 7L))))))
                .isTrue();
        assertThat(cluster.reaches(new Reader(
                        List.of(new Reader.Post(OrganisationRole.HEADTEACHER, Phase.PRIMARY, "", Set.of(3L))))))
                .isFalse();
    }

    @Test
    void describesItselfInWords() {
        assertThat(SECONDARY_SENCOS_IN_KINGSFORD.describe()).isEqualTo("SENCo · Secondary phase · Kingsford");
    }
}
