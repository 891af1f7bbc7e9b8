package uk.headsup.directory.internal.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiasRowMapperTest {

    private static final List<String> HEADER = List.of(
            "URN",
            "LA (code)",
            "EstablishmentName",
            "EstablishmentStatus (name)",
            "PhaseOfEducation (name)",
            "OpenDate",
            "StatutoryLowAge",
            "HeadTitle (name)",
            "HeadFirstName",
            "HeadLastName",
            "County (name)",
            "Trusts (code)",
            "Trusts (name)");

    private final GiasRowMapper mapper = new GiasRowMapper(new GiasColumns(HEADER));

    @Test
    void mapsStatusPhaseDatesAndTheHead() throws RowRejected {
        GiasRow row = mapper.map(
                2,
                List.of(
                        "150001",
                        "937",
                        " Elm School ",
                        "Open, but proposed to close",
                        "Middle deemed primary",
                        "01-09-1974",
                        "04",
                        "Mrs",
                        "Amélie",
                        "Durand",
                        "Not applicable",
                        "5001",
                        "Elm Trust"));
        assertThat(row.urn()).isEqualTo("150001");
        assertThat(row.name()).isEqualTo("Elm School");
        assertThat(row.get(GiasField.STATUS)).isEqualTo("PROPOSED_TO_CLOSE");
        assertThat(row.get(GiasField.PHASE)).isEqualTo("MIDDLE_DEEMED_PRIMARY");
        assertThat(row.get(GiasField.OPENED_ON)).isEqualTo("1974-09-01");
        assertThat(row.get(GiasField.LOW_AGE)).isEqualTo("4");
        assertThat(row.get(GiasField.HEAD)).isEqualTo("Mrs Amélie Durand");
        assertThat(row.get(GiasField.COUNTY))
                .as("'Not applicable' is no county")
                .isNull();
        assertThat(row.trustCode()).isEqualTo("5001");
        assertThat(row.trustName()).isEqualTo("Elm Trust");
        assertThat(row.get(GiasField.WEBSITE)).as("a column this file lacks").isNull();
    }

    @Test
    void everyGiasStatusIsKnown() throws RowRejected {
        assertThat(status("Open")).isEqualTo("OPEN");
        assertThat(status("Closed")).isEqualTo("CLOSED");
        assertThat(status("Open but proposed to close")).isEqualTo("PROPOSED_TO_CLOSE");
        assertThat(status("Proposed to open")).isEqualTo("PROPOSED_TO_OPEN");
        assertThatThrownBy(() -> status("Ajar"))
                .hasMessage("column 4 (EstablishmentStatus (name)) \"Ajar\" is not a GIAS status"
                        + " (Open, Closed, Open, but proposed to close, Proposed to open)");
    }

    @Test
    void rejectsBadDatesNumbersAndFieldCountsSayingWhere() {
        assertThatThrownBy(() -> mapper.map(3, with(5, "31-02-2019")))
                .isInstanceOf(RowRejected.class)
                .hasMessage("column 6 (OpenDate) \"31-02-2019\" is not a date in the form dd-MM-yyyy");
        assertThatThrownBy(() -> mapper.map(3, with(5, "2019-09-01")))
                .hasMessage("column 6 (OpenDate) \"2019-09-01\" is not a date in the form dd-MM-yyyy");
        assertThatThrownBy(() -> mapper.map(3, with(6, "four")))
                .hasMessage("column 7 (StatutoryLowAge) \"four\" is not a whole number of years");
        assertThatThrownBy(() -> mapper.map(3, with(0, "15OO01"))).hasMessage("URN \"15OO01\" is not a number");
        assertThatThrownBy(() -> mapper.map(3, with(2, " "))).hasMessage("column 3 (EstablishmentName) is empty");
        assertThatThrownBy(() -> mapper.map(3, valid().subList(0, 11)))
                .hasMessage("it has 11 fields where the header has 13 columns");
    }

    @Test
    void theRequiredColumnsAreNamedWhenMissing() throws IOException {
        try (GiasFile reader = GiasFile.open(GiasFileTest.fixture("missing-columns.csv"))) {
            assertThat(new GiasColumns(reader.header()).missingRequired())
                    .containsExactly("LA (code)", "EstablishmentStatus (name)");
        }
        assertThat(GiasImport.missingColumns(List.of("LA (code)", "EstablishmentStatus (name)")))
                .startsWith("The file has no LA (code) or EstablishmentStatus (name) columns.");
    }

    @Test
    void anOlderColumnSetLacksSomeFieldsWhichEstablishmentsKeep() throws IOException {
        try (GiasFile reader = GiasFile.open(GiasFileTest.fixture("edubasealldata-older.csv"))) {
            assertThat(new GiasColumns(reader.header()).absent()).isEmpty();
        }
        assertThat(new GiasColumns(HEADER).absent()).contains(GiasField.WEBSITE, GiasField.STREET);
    }

    private String status(String status) throws RowRejected {
        return mapper.map(2, with(3, status)).get(GiasField.STATUS);
    }

    private static List<String> valid() {
        return List.of("150001", "937", "Elm School", "Open", "Primary", "01-09-1974", "4", "", "", "", "", "", "");
    }

    private static List<String> with(int index, String value) {
        List<String> fields = new ArrayList<>(valid());
        fields.set(index, value);
        return fields;
    }
}
