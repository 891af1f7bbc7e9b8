package uk.headsup.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UploadedFileTypeTest {

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void knowsFilesByTheirContent() throws IOException {
        assertThat(UploadedFileType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(UploadedFileType.PDF);
        assertThat(UploadedFileType.of(zip("[Content_Types].xml", "word/document.xml")))
                .contains(UploadedFileType.WORD);
        assertThat(UploadedFileType.of(zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains(UploadedFileType.EXCEL);
        assertThat(UploadedFileType.of(zip("[Content_Types].xml", "ppt/presentation.xml")))
                .contains(UploadedFileType.POWERPOINT);
        assertThat(UploadedFileType.of(new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
                }))
                .contains(UploadedFileType.OLD_OFFICE);
    }

    @Test
    void refusesAProgramRenamedPdfAZipThatIsNotOfficeAndAMismatchedName() throws IOException {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertThat(UploadedFileType.problem("form.pdf", program, 1000))
                .contains("The selected file must be a PDF, Word, Excel or PowerPoint document: form.pdf is not one");
        assertThat(UploadedFileType.problem("form.docx", zip("evil.exe"), 1000)).isPresent();
        assertThat(UploadedFileType.problem("form.pdf", zip("[Content_Types].xml", "word/document.xml"), 10_000))
                .hasValueSatisfying(m -> assertThat(m).contains("is a Word document but is named form.pdf"));
        assertThat(UploadedFileType.problem("form.PDF", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 1000))
                .isEmpty();
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertThat(UploadedFileType.problem("a.pdf", new byte[0], 1000)).contains("The selected file is empty");
        assertThat(UploadedFileType.problem("a.pdf", new byte[3 * 1024 * 1024], 2 * 1024 * 1024))
                .contains("The selected file must be smaller than 2 MB");
    }
}
