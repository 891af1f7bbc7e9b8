package uk.headsup.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
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

        List<PartnerSuggestion> suggested =
                partners.suggest(lead, EnumSet.of(Phase.PRIMARY, Phase.MIDDLE_DEEMED_PRIMARY), 400);
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
