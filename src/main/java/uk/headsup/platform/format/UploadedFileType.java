package uk.headsup.platform.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file (a bulletin attachment, a piece of audit evidence) really is, from its first bytes and (for Office files) its contents, never from its
 * name: PDF ({@code %PDF-}), Office Open XML (a zip with {@code [Content_Types].xml}: Word, Excel, PowerPoint) and
 * the older Office formats (OLE2, {@code D0 CF 11 E0}). The name's extension must agree with what was found, so a
 * program renamed {@code .pdf} is refused.
 */
public enum UploadedFileType {
    PDF("PDF", "application/pdf", "pdf"),
    WORD("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    EXCEL("Excel spreadsheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    POWERPOINT(
            "PowerPoint presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx"),
    OLD_OFFICE("Office document (97-2003)", "application/octet-stream", "doc", "xls", "ppt");

    private final String label;
    private final String mediaType;
    private final String[] extensions;

    UploadedFileType(String label, String mediaType, String... extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    /** The media type to serve it with; the old Office formats by extension. */
    public String mediaType(String fileName) {
        if (this != OLD_OFFICE) {
            return mediaType;
        }
        return switch (extension(fileName)) {
            case "doc" -> "application/msword";
            case "xls" -> "application/vnd.ms-excel";
            default -> "application/vnd.ms-powerpoint";
        };
    }

    public boolean named(String fileName) {
        String ext = extension(fileName);
        for (String e : extensions) {
            if (e.equals(ext)) {
                return true;
            }
        }
        return false;
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** What the bytes are, if they are one of the accepted types. */
    public static Optional<UploadedFileType> of(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        })) {
            return Optional.of(OLD_OFFICE);
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return officeOpenXml(bytes);
        }
        return Optional.empty();
    }

    /**
     * Why this file cannot be attached, in words for the error message, or empty if it can.
     *
     * @param maxBytes the largest file allowed
     */
    public static Optional<String> problem(String fileName, byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            return Optional.of("The selected file is empty");
        }
        if (bytes.length > maxBytes) {
            return Optional.of("The selected file must be smaller than " + (maxBytes / (1024 * 1024)) + " MB");
        }
        Optional<UploadedFileType> type = of(bytes);
        if (type.isEmpty()) {
            return Optional.of(
                    "The selected file must be a PDF, Word, Excel or PowerPoint document: " + fileName + " is not one");
        }
        if (!type.get().named(fileName)) {
            return Optional.of("The selected file is a " + type.get().label() + " but is named " + fileName
                    + ": rename it to end ." + type.get().extensions[0] + ", or choose the right file");
        }
        return Optional.empty();
    }

    private static Optional<UploadedFileType> officeOpenXml(byte[] bytes) {
        boolean contentTypes = false;
        UploadedFileType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    found = WORD;
                } else if (name.startsWith("xl/")) {
                    found = EXCEL;
                } else if (name.startsWith("ppt/")) {
                    found = POWERPOINT;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
