package uk.headsup.inclusion.internal.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.inclusion.internal.reports.CountTable;
import uk.headsup.inclusion.internal.reports.web.ReportsController.RateLine;

class DataPackArticleTest {

    @Test
    void everyCountUnder5IsFewerThan5AndACountOrTotalThatWouldRevealOneIsHidden() {
        var byType = new CountTable(
                        "Exclusions by type",
                        List.of("County"),
                        List.of("Permanent exclusion", "Suspension", "Lunchtime suspension"),
                        List.of(List.of(3L), List.of(120L), List.of(9L)))
                .shown(true);
        var fewPupils = new CountTable(
                        "Exclusions by SEN status",
                        List.of("County"),
                        List.of("No SEN", "EHC plan"),
                        List.of(List.of(1L), List.of(2L)))
                .shown(true);
        var draft = DataPackArticle.of(
                "Exclusions data pack 2025-26",
                List.of(new RateLine("Governors' consideration within 15 school days", List.of("fewer than 5 of 12"))),
                List.of(byType, fewPupils),
                "marcus.reid@elmshire.example",
                "Marcus Reid");

        assertThat(draft.body())
                .contains("| Permanent exclusion | fewer than 5 |")
                .contains("| Lunchtime suspension | hidden |")
                .contains("| Suspension | 120 |")
                // 1 + 2: the total would be under 5 too
                .contains("| No SEN | fewer than 5 |", "| EHC plan | fewer than 5 |", "| **Total** | fewer than 5 |")
                .contains("| Governors' consideration within 15 school days | fewer than 5 of 12 |")
                .doesNotContain("| 3 |", "| 9 |", "| 1 |", "| 2 |");
        assertThat(draft.title()).isEqualTo("Exclusions data pack 2025-26");
        assertThat(draft.audience().roles()).containsExactly(OrganisationRole.HEADTEACHER);
        assertThat(draft.byEmail()).isEqualTo("marcus.reid@elmshire.example");
    }
}
