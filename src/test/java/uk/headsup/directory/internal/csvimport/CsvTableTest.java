package uk.headsup.directory.internal.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void findsColumnsByNameIgnoringCaseSpacesAndOrder() {
        CsvTable table = CsvTable.of(" full  NAME ,Email,Extra\nJo Bloggs,jo@example.org,x\n");

        assertThat(table.missing(List.of("Email", "Full name", "Role"))).containsExactly("Role");
        CsvTable.Row row = table.iterator().next();
        assertThat(row.get("Full name")).isEqualTo("Jo Bloggs");
        assertThat(row.get("email")).isEqualTo("jo@example.org");
        assertThat(row.get("Not a column")).isEmpty();
        assertThat(row.line()).isEqualTo(2);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsCarriesAnError() {
        CsvTable table = CsvTable.of("a,b,c\n1,2,3\n1,2\n1,2,3,4\n");
        List<CsvTable.Row> rows = new ArrayList<>();
        table.forEach(rows::add);

        assertThat(rows.get(0).error()).isNull();
        assertThat(rows.get(1).error()).isEqualTo("The row has 2 fields, but the first row names 3 columns");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(2).error()).isEqualTo("The row has 4 fields, but the first row names 3 columns");
    }

    @Test
    void trimsValuesIncludingNonBreakingSpaces() {
        CsvTable.Row row = CsvTable.of("a\n\u00A0 value \u00A0\n").iterator().next();
        assertThat(row.get("a")).isEqualTo("value");
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWithTheLineWhereReadingStopped() {
        assertThatThrownBy(() -> CsvTable.of("a,b\nx,\"never closed\ny,z\n"))
                .isInstanceOf(CsvTable.Refused.class)
                .hasMessageContaining("Line ")
                .hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> CsvTable.of("a,b\n\"quoted\"extra,b\n"))
                .isInstanceOf(CsvTable.Refused.class)
                .hasMessageContaining("Line 2");
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAndBlankRowsAreSkippedButCounted() {
        CsvTable table = CsvTable.of("Name,Note\r\n\"Smith, Jo\",\"She said \"\"hello\"\"\"\r\n,\r\n\r\n"
                + "\"Line one\nline two\",plain\r\n");
        List<CsvTable.Row> rows = new ArrayList<>();
        table.forEach(rows::add);
        assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2, 5);
        assertThat(rows.get(0).get("name")).isEqualTo("Smith, Jo");
        assertThat(rows.get(0).get("note")).isEqualTo("She said \"hello\"");
        assertThat(rows.get(1).get("Name")).isEqualTo("Line one\nline two");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> CsvTable.of("\n\n"))
                .isInstanceOf(CsvTable.Refused.class)
                .hasMessageContaining("empty");
    }

    @Test
    void saysWhichColumnsAreMissingAndPointsToTheTemplate() {
        CsvImport.Kind kind = new CsvImport.Kind() {
            public ImportKind kind() {
                return ImportKind.PEOPLE;
            }

            public List<String> requiredColumns() {
                return List.of();
            }

            public String template() {
                return "A, B, C";
            }

            public CsvImport.RowHandler handler(long importId) {
                return null;
            }
        };
        assertThat(CsvImport.missingColumns(List.of("Role"), kind))
                .isEqualTo("The file has no ‘Role’ column. Nothing was imported. The first row must name the columns,"
                        + " as in the template (A, B, C).");
        assertThat(CsvImport.missingColumns(List.of("Role", "Email"), kind))
                .startsWith("The file has no columns ‘Role’, ‘Email’.");
    }
}
