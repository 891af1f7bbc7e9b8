/**
 * File formats every module reads and writes, on well-kept libraries: CSV ({@link CsvReader}, {@link CsvWriter}, and
 * {@link CsvText} for the encodings spreadsheets save an upload in) and
 * accessible PDF ({@link Pdf}). Only the format lives here; each module keeps its own mapping of rows and fields.
 */
@org.springframework.modulith.NamedInterface("format")
package uk.headsup.platform.format;
