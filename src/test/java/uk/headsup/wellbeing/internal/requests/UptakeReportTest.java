package uk.headsup.wellbeing.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UptakeReportTest {

    static List<UptakeReport.Made> made(int count, String offer, String kind, String phase, String term) {
        List<UptakeReport.Made> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(new UptakeReport.Made(offer, kind, phase, term));
        }
        return made;
    }

    @Test
    void countsUnderFiveAreSuppressedAndSoIsWhatWouldGiveThemAway() {
        List<UptakeReport.Made> all = new ArrayList<>();
        all.addAll(made(12, "Supervision", "Professional supervision", "Primary", "2026-1"));
        all.addAll(made(7, "Coaching", "Coaching", "Primary", "2026-1"));
        all.addAll(made(2, "Peer group", "Peer group", "Secondary", "2026-2"));
        UptakeReport report = UptakeReport.of(all);

        UptakeReport.Table byOffer = report.tables().get(0);
        assertThat(byOffer.rows())
                .containsExactly(
                        new UptakeReport.Row("Coaching", "hidden"),
                        new UptakeReport.Row("Peer group", "fewer than 5"),
                        new UptakeReport.Row("Supervision", "12"));
        assertThat(byOffer.total()).isEqualTo("21");

        UptakeReport.Table byPhase = report.tables().get(2);
        assertThat(byPhase.rows())
                .containsExactly(
                        new UptakeReport.Row("Primary", "hidden"), new UptakeReport.Row("Secondary", "fewer than 5"));

        UptakeReport.Table byTerm = report.tables().get(3);
        assertThat(byTerm.rows())
                .extracting(UptakeReport.Row::label)
                .containsExactly("Autumn term 2026", "Spring term 2027");
    }

    @Test
    void aTotalUnderFiveIsSuppressedToo() {
        UptakeReport.Table byKind = UptakeReport.of(made(3, "Helpline", "Helpline", "Primary", "2026-1"))
                .tables()
                .get(1);
        assertThat(byKind.rows()).containsExactly(new UptakeReport.Row("Helpline", "fewer than 5"));
        assertThat(byKind.total()).isEqualTo("fewer than 5");
    }
}
