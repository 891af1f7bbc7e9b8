package uk.headsup.directory.internal.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Record> read(String text) {
        List<CsvReader.Record> records = new ArrayList<>();
        new CsvReader(new StringReader(text)).forEachRemaining(records::add);
        return records;
    }

    @Test
    void readsPlainAndQuotedFieldsWithCommasQuotesAndLineBreaksInside() {
        List<CsvReader.Record> records = read("Name,Note\r\n"
                + "\"Smith, Jo\",\"She said \"\"hello\"\"\"\r\n"
                + "\"Line one\nline two\",plain\r\n"
                + "last,row");

        assertThat(records)
                .extracting(CsvReader.Record::fields)
                .containsExactly(
                        List.of("Name", "Note"),
                        List.of("Smith, Jo", "She said \"hello\""),
                        List.of("Line one\nline two", "plain"),
                        List.of("last", "row"));
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3, 5);
        assertThat(records).allMatch(r -> r.error() == null);
    }

    @Test
    void skipsBlankLinesAndRowsOfEmptyFieldsButCountsTheirLines() {
        List<CsvReader.Record> records = read("a,b\n\n,\n  ,\nc,d\n");

        assertThat(records).extracting(CsvReader.Record::fields).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 5);
    }

    @Test
    void keepsEmptyFieldsInsideARow() {
        assertThat(read("a,,c,\n").get(0).fields()).containsExactly("a", "", "c", "");
    }

    @Test
    void aQuoteInTheMiddleOfAFieldIsAnErrorOnThatLineOnly() {
        List<CsvReader.Record> records = read("a,b\nx,he said \"no\"\ny,z\n");

        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).error()).contains("double quote in the middle");
        assertThat(records.get(2).fields()).containsExactly("y", "z");
        assertThat(records.get(2).error()).isNull();
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineItStarts() {
        List<CsvReader.Record> records = read("a,b\nx,\"never closed\ny,z\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).error()).contains("not closed");
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertThat(read("\"quoted\"extra,b\n").get(0).error()).contains("after its closing double quote");
    }
}
