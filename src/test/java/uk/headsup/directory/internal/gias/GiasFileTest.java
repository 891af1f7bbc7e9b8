package uk.headsup.directory.internal.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiasFileTest {

    @Test
    void readsTheWindows1252FileWithQuotesCommasAndCrlf() throws IOException {
        List<List<String>> records = readAll(fixture("edubasealldata-older.csv"));
        try (GiasFile reader = GiasFile.open(fixture("edubasealldata-older.csv"))) {
            assertThat(reader.charset()).isEqualTo(GiasFile.WINDOWS_1252);
            assertThat(reader.header()).hasSize(45).startsWith("URN", "LA (code)", "LA (name)");
        }
        assertThat(records).hasSize(10).allSatisfy(r -> assertThat(r).hasSize(45));
        assertThat(records)
                .extracting(r -> r.get(4))
                .contains(
                        "St Mary’s CofE Primary School",
                        "Kingsford Academy, Sixth Form and Nursery",
                        "The \"Old Mill\" Nursery School",
                        "École Française d’Elmshire");
        List<String> ecole = records.get(3);
        assertThat(ecole).contains("Maison-à-Bois", "Block B, 2° Floor", "Hélène", "Côté");
        assertThat(records.get(2)).contains("12 Mill Road – Unit 2");
        assertThat(records.get(0).get(0)).isEqualTo("150001");
    }

    @Test
    void readsTheUtf8CopyWithAByteOrderMarkTheSame() throws IOException {
        try (GiasFile reader = GiasFile.open(fixture("edubasealldata-older-utf8-bom.csv"))) {
            assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reader.header().get(0)).isEqualTo("URN");
        }
        assertThat(readAll(fixture("edubasealldata-older-utf8-bom.csv")))
                .isEqualTo(readAll(fixture("edubasealldata-older.csv")));
    }

    @Test
    void recognisesUtf8WithoutAByteOrderMark() throws IOException {
        String csv = "URN,EstablishmentName\r\n1,\"École\"\r\n";
        try (GiasFile reader = open(csv, StandardCharsets.UTF_8)) {
            assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reader.next()).isTrue();
            assertThat(reader.fields()).containsExactly("1", "École");
        }
    }

    @Test
    void numbersLineFromTheHeaderAndCountsLineBreaksInsideQuotes() throws IOException {
        String csv = "URN,Name,Town\r\n1,\"Two\r\nlines\",A\r\n\r\n2,\"Say \"\"hi\"\", then go\",B\n3,,\r\n";
        try (GiasFile reader = open(csv, GiasFile.WINDOWS_1252)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.line()).isEqualTo(2);
            assertThat(reader.fields()).containsExactly("1", "Two\r\nlines", "A");
            assertThat(reader.next()).isTrue();
            assertThat(reader.line()).as("after an empty line").isEqualTo(5);
            assertThat(reader.fields()).containsExactly("2", "Say \"hi\", then go", "B");
            assertThat(reader.next()).isTrue();
            assertThat(reader.line()).isEqualTo(6);
            assertThat(reader.fields()).containsExactly("3", "", "");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void aLastLineWithoutALineBreakIsRead() throws IOException {
        try (GiasFile reader = open("URN,Name\r\n1,One", GiasFile.WINDOWS_1252)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.fields()).containsExactly("1", "One");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void aRecordWithTextAfterItsClosingQuoteRefusesTheFileNamingItsLine() throws IOException {
        String csv = "URN,Name\r\n1,One\r\n2,\"Closed\"early\r\n3,Lost\r\n";
        try (GiasFile reader = open(csv, GiasFile.WINDOWS_1252)) {
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(GiasFileRefused.class)
                    .hasMessageStartingWith("Line 3: the file is not valid CSV")
                    .hasMessageContaining("Nothing was saved");
        }
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileNamingTheLineItStartsOn() throws IOException {
        String csv = "URN,Name\r\n1,One\r\n\r\n2,\"Never closed\r\n3,Lost\r\n";
        try (GiasFile reader = open(csv, GiasFile.WINDOWS_1252)) {
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(GiasFileRefused.class)
                    .hasMessageStartingWith("Line 4: the file is not valid CSV");
        }
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> open("", GiasFile.WINDOWS_1252))
                .isInstanceOf(GiasFileRefused.class)
                .hasMessageContaining("The file is empty");
    }

    @Test
    void readsAWholeCountryFileOfFullRows() throws IOException {
        byte[] country = GiasFileGenerator.generate(51_000, 1);
        assertThat(country.length).isBetween(40_000_000, 60_000_000);
        int records = 0;
        try (GiasFile reader = GiasFile.open(new ByteArrayInputStream(country))) {
            assertThat(reader.header()).hasSizeGreaterThanOrEqualTo(130);
            int columns = reader.header().size();
            while (reader.next()) {
                if (reader.fields().size() != columns) {
                    throw new AssertionError(
                            "line " + reader.line() + ": " + reader.fields().size() + " fields");
                }
                records++;
            }
        }
        // How fast is bench/gias.sh's business: a timed assertion here would only measure the machine's load.
        assertThat(records).isEqualTo(51_000);
    }

    static InputStream fixture(String name) {
        InputStream in = GiasFileTest.class.getResourceAsStream("/gias/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static GiasFile open(String csv, Charset charset) throws IOException {
        return GiasFile.open(new ByteArrayInputStream(csv.getBytes(charset)));
    }

    private static List<List<String>> readAll(InputStream in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (GiasFile reader = GiasFile.open(in)) {
            while (reader.next()) {
                records.add(List.copyOf(reader.fields()));
            }
        }
        return records;
    }
}
