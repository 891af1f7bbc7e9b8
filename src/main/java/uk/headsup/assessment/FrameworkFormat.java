package uk.headsup.assessment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.headsup.assessment.MalformedFramework.Problem;
import uk.headsup.platform.format.CsvText;

/**
 * The two files a framework is exchanged in (docs/assessment.md): JSON ({@link FrameworkJson}) and CSV for
 * spreadsheets ({@link FrameworkCsv}). An upload's format is told by its name, then by its content type.
 */
public enum FrameworkFormat {
    JSON("json", "application/json"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    FrameworkFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String write(Framework framework) {
        return this == JSON ? FrameworkJson.write(framework) : FrameworkCsv.write(framework);
    }

    /** A file of this format, in UTF-8, as a download named {@code name} and this format's extension. */
    public ResponseEntity<String> download(String name, String content) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(mediaType), StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + extension)
                                .build()
                                .toString())
                .body(content);
    }

    /**
     * The framework in an uploaded file, checked; throws {@link MalformedFramework} naming the line and field of each
     * problem. A file may be UTF-8 (with or without a byte order mark) or, for CSV, Windows-1252, as spreadsheets save
     * it.
     */
    public Framework read(byte[] content) {
        if (this == JSON) {
            // Notepad saves UTF-8 with a byte order mark, which is not JSON: the same decoding as CSV takes it off.
            return FrameworkJson.read(CsvText.decode(content));
        }
        String notCsv = CsvText.notCsv(content);
        if (notCsv != null) {
            throw new MalformedFramework(List.of(new Problem(0, Problem.WHOLE_FILE, notCsv)));
        }
        return FrameworkCsv.read(CsvText.decode(content));
    }

    /**
     * The format of an uploaded file, as {@link #of}; throws {@link MalformedFramework} saying which files are
     * accepted if neither its name nor its type tells.
     */
    public static FrameworkFormat ofUpload(String filename, String contentType) {
        return of(filename, contentType)
                .orElseThrow(() -> new MalformedFramework(List.of(new Problem(
                        0,
                        Problem.WHOLE_FILE,
                        "The selected file must be a framework file in JSON or CSV: its name ends .json or .csv"))));
    }

    /**
     * The format of an uploaded file: by the end of its name (.json, .csv), else by its content type (spreadsheets on
     * Windows send CSV as application/vnd.ms-excel); empty if neither says.
     */
    public static Optional<FrameworkFormat> of(String filename, String contentType) {
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        for (FrameworkFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return Optional.of(JSON);
        }
        if (type.startsWith("text/csv")
                || type.startsWith("application/csv")
                || type.startsWith("application/vnd.ms-excel")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
