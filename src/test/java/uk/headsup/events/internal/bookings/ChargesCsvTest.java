package uk.headsup.events.internal.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The statement of charges for the finance system, written by the one CSV writer and read back by a CSV parser. */
class ChargesCsvTest {

    @Test
    void amountsArePlainNumbersEvenWhenNegativeAndTextThatLooksLikeAFormulaIsMadePlain() throws Exception {
        var line = new Charges.Line(
                7,
                "Fennick Primary, \"the\" school",
                "=HYPERLINK(\"http://evil.example\")",
                Instant.parse("2026-03-12T09:30:00Z"),
                "-2+3 Smith",
                Charges.Kind.PLACE,
                "@SUM(A1)",
                -1250,
                0,
                null);
        String csv = Charges.csv(List.of(new Charges.Statement(7, "Fennick Primary", List.of(line))));

        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .build()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(records).hasSize(1);
        CSVRecord r = records.get(0);
        assertThat(r.get("organisation")).isEqualTo("Fennick Primary, \"the\" school");
        assertThat(r.get("event")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(r.get("attendee")).isEqualTo("'-2+3 Smith");
        assertThat(r.get("purchase_order")).isEqualTo("'@SUM(A1)");
        assertThat(r.get("event_date")).isEqualTo("2026-03-12");
        assertThat(r.get("net")).isEqualTo("-12.50");
        assertThat(r.get("vat")).isEqualTo("0.00");
        assertThat(r.get("total")).isEqualTo("-12.50");
        assertThat(r.get("waived_by")).isEmpty();
        assertThat(csv).startsWith("organisation_id,organisation,event,event_date,attendee,charge,purchase_order,");
        assertThat(csv).endsWith("\r\n");
    }
}
