package uk.headsup.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.Partners;
import uk.headsup.directory.Partners.PartnerSuggestion;
import uk.headsup.directory.Phase;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * Partner schools are suggested from the same district first, then a shared cluster or consortium, then the nearest
 * by GIAS's grid reference (set here as the GIAS import would).
 */
@HeadsUpIntegrationTest
class PartnerSuggestionsIT {

    private static final Set<Phase> PRIMARY = EnumSet.of(Phase.PRIMARY, Phase.MIDDLE_DEEMED_PRIMARY);

    @Autowired
    Partners partners;

    @Autowired
    DirectoryRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDistrictComesFirstThenASharedConsortiumThenTheNearest() {
        long lead = id("Pennick Primary School");
        long consortium = id("Ellcombe Primary School");
        long near = id("Saxby Lode Primary School");
        long far = id("Brindle Heath Primary School");
        records.addCluster("Pennick and Ellcombe inclusion consortium", List.of(lead, consortium));
        locate(lead, 440_000, 260_000);
        locate(near, 441_200, 260_000);
        locate(far, 450_000, 260_000);

        List<PartnerSuggestion> suggested = partners.suggest(lead, PRIMARY, 400);
        List<Long> order = suggested.stream().map(p -> p.school().id()).toList();
        int lastOfDistrict = 0;
        for (int i = 0; i < suggested.size(); i++) {
            if (suggested.get(i).sameDistrict()) {
                lastOfDistrict = i;
            }
        }
        assertThat(suggested.get(0).sameDistrict()).isTrue();
        assertThat(suggested.get(0).why()).startsWith("Same district");
        assertThat(order.indexOf(consortium)).isGreaterThan(lastOfDistrict);
        assertThat(order.indexOf(consortium)).isLessThan(order.indexOf(near));
        assertThat(order.indexOf(near)).isLessThan(order.indexOf(far));
        PartnerSuggestion nearest = suggested.get(order.indexOf(near));
        assertThat(nearest.metres()).isEqualTo(1200L);
        assertThat(nearest.why()).isEqualTo("1.2 km away");
        assertThat(suggested.get(order.indexOf(consortium)).why())
                .isEqualTo("Same cluster or consortium (Pennick and Ellcombe inclusion consortium)");
        assertThat(order).doesNotContain(lead);
        assertThat(suggested).allSatisfy(p -> assertThat(p.school().primary()).isTrue());
    }

    /**
     * Only a few schools beyond the lead's district, trust and clusters are read for a short list: it must still be
     * the start of the full ranking, for a lead with a grid reference and for one without (then the rest by name).
     */
    @Test
    void aShortListIsTheStartOfTheFullRankingWithOrWithoutAGridReference() {
        long lead = id("Saxby Lode Primary School");
        List<Map<String, Object>> was = jdbc.sql(
                        "select id, easting, northing from organisations where kind = 'SCHOOL'")
                .query()
                .listOfRows();
        try {
            // Every other school somewhere, a few without a grid reference.
            jdbc.sql("""
                            update organisations
                               set easting = case when id % 7 = 0 then null else 400000 + (id * 7919) % 60000 end,
                                   northing = 250000 + (id * 104729) % 60000
                             where kind = 'SCHOOL'
                            """).update();
            locate(lead, 430_000, 280_000);
            int open = jdbc.sql("""
                            select count(*) from organisations
                             where kind = 'SCHOOL' and status <> 'CLOSED' and phase in ('PRIMARY', 'MIDDLE_DEEMED_PRIMARY')
                            """).query(Integer.class).single();
            for (boolean located : List.of(true, false)) {
                if (!located) {
                    jdbc.sql("update organisations set easting = null where id = :id")
                            .param("id", lead)
                            .update();
                }
                List<PartnerSuggestion> all = partners.suggest(lead, PRIMARY, 10_000);
                assertThat(all).hasSize(open - 1);
                for (int n : List.of(1, 5, 20, 60)) {
                    assertThat(ids(partners.suggest(lead, PRIMARY, n)))
                            .as("the first %d, %s", n, located ? "located" : "without a grid reference")
                            .isEqualTo(ids(all.subList(0, Math.min(n, all.size()))));
                }
                List<PartnerSuggestion> rest = all.stream()
                        .filter(p -> !p.sameDistrict()
                                && !p.sameTrust()
                                && p.clusters().isEmpty())
                        .toList();
                assertThat(rest).isNotEmpty();
                if (located) {
                    assertThat(rest.get(0).metres()).isNotNull();
                    assertThat(rest.get(rest.size() - 1).metres())
                            .as("those without a distance last")
                            .isNull();
                } else {
                    assertThat(rest).allSatisfy(p -> assertThat(p.metres()).isNull());
                }
            }
        } finally {
            for (Map<String, Object> row : was) {
                jdbc.sql("update organisations set easting = :e, northing = :n where id = :id")
                        .param("e", row.get("easting"), java.sql.Types.INTEGER)
                        .param("n", row.get("northing"), java.sql.Types.INTEGER)
                        .param("id", row.get("id"))
                        .update();
            }
        }
    }

    private static List<Long> ids(List<PartnerSuggestion> suggestions) {
        return suggestions.stream().map(p -> p.school().id()).toList();
    }

    private void locate(long id, int easting, int northing) {
        jdbc.sql("update organisations set easting = :e, northing = :n where id = :id")
                .param("e", easting)
                .param("n", northing)
                .param("id", id)
                .update();
    }

    private long id(String name) {
        return jdbc.sql("select id from organisations where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
