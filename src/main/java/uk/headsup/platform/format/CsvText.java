package uk.headsup.platform.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file. Spreadsheets save CSV as UTF-8 with a byte order mark, as plain UTF-8, or
 * in Windows-1252 ("CSV (comma delimited)" in Excel): a BOM decides, then UTF-8 if the bytes are valid UTF-8,
 * else Windows-1252.
 */
public final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {}

    /** Why these bytes cannot be a CSV file, or null if they may be one. */
    public static String notCsv(byte[] bytes) {
        if (bytes.length == 0) {
            return "The file is empty";
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "The file is a spreadsheet workbook, not CSV: in your spreadsheet, choose Save as, then"
                    + " CSV UTF-8 (comma delimited), and upload that file";
        }
        if (!startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFE, 0xFF)) {
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    return "The file is not a CSV file: save your spreadsheet as CSV UTF-8 (comma delimited)";
                }
            }
        }
        return null;
    }

    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
