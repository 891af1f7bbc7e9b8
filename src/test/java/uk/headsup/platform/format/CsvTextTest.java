package uk.headsup.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static final String TEXT = "Crèche Café – St Mary’s, 0°";

    @Test
    void readsUtf8WithAByteOrderMarkAsSpreadsheetsSaveIt() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(text, 0, file, 3, text.length);

        assertThat(CsvText.decode(file)).isEqualTo(TEXT);
    }

    @Test
    void readsUtf8WithoutAByteOrderMark() {
        assertThat(CsvText.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() {
        assertThat(CsvText.decode(TEXT.getBytes(Charset.forName("windows-1252"))))
                .isEqualTo(TEXT);
    }

    @Test
    void refusesWorkbooksEmptyFilesAndBinaryFiles() {
        assertThat(CsvText.notCsv(new byte[0])).isEqualTo("The file is empty");
        assertThat(CsvText.notCsv(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}))
                .contains("spreadsheet workbook, not CSV")
                .contains("CSV UTF-8 (comma delimited)");
        assertThat(CsvText.notCsv(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .contains("workbook");
        assertThat(CsvText.notCsv(new byte[] {'a', 0, 'b'})).contains("not a CSV file");
        assertThat(CsvText.notCsv("a,b\n".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
