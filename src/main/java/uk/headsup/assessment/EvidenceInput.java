package uk.headsup.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence as people enter it on any page of the engine (the safeguarding return, a recognition self-evaluation): a
 * link or a file, tagged to the standards typed as "1.1, 4.2". Checks the input in plain words, by field, before
 * {@link Responses#addFile} checks the file's type and size as every upload is checked. The forms are the fragments
 * of {@code templates/assessment/evidence.html}.
 */
public final class EvidenceInput {

    /** The field names the file form uses, and that its errors are keyed by. */
    public static final String FILE = "file";

    public static final String FILE_STANDARDS = "fileStandards";

    private EvidenceInput() {}

    /** A file offered as evidence, checked; {@link #problems()} by field is empty when it may be added. */
    public record FileOffered(String name, byte[] bytes, List<String> standards, Map<String, String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads "1.1, 4.2" into the standards of the framework; what is wrong with it, if anything.
     *
     * @param where the framework in words, for the message, such as "this audit"
     */
    public static Optional<String> standardsProblem(Framework framework, String text, List<String> into, String where) {
        for (String number : (text == null ? "" : text).strip().split("[,;\\s]+")) {
            if (number.isEmpty()) {
                continue;
            }
            if (framework.standard(number).isEmpty()) {
                return Optional.of(
                        "There is no standard " + number + " in " + where + ": enter numbers such as 1.1, 4.2");
            }
            if (!into.contains(number)) {
                into.add(number);
            }
        }
        return into.isEmpty() ? Optional.of("Enter the standards it shows, such as 1.1, 4.2") : Optional.empty();
    }

    /** A file of evidence as a download, under its own name. */
    public static ResponseEntity<byte[]> download(Responses.EvidenceFile f) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(f.bytes());
    }

    /** The uploaded file and the standards typed for it, checked; the file's name without any folder. */
    public static FileOffered file(MultipartFile file, String standardsText, Framework framework, String where) {
        String name = file == null || file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().replaceAll("^.*[/\\\\]", "").strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (file == null || file.isEmpty()) {
            problems.put(FILE, "Select a file");
        } else if (file.getSize() > Responses.LARGEST_FILE) {
            problems.put(
                    FILE, "The selected file must be smaller than " + Responses.LARGEST_FILE / (1024 * 1024) + " MB");
        }
        List<String> standards = new ArrayList<>();
        if (standardsText == null || standardsText.isBlank()) {
            problems.put(FILE_STANDARDS, "Enter the standards the file shows, such as 1.1, 4.2");
        } else {
            standardsProblem(framework, standardsText, standards, where)
                    .ifPresent(p -> problems.put(FILE_STANDARDS, p));
        }
        byte[] bytes = new byte[0];
        if (problems.isEmpty()) {
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FileOffered(name, bytes, List.copyOf(standards), problems);
    }
}
