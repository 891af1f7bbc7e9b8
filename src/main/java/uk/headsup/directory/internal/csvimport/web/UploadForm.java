package uk.headsup.directory.internal.csvimport.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * A CSV file to import, as uploaded (null when none was chosen); {@link UploadFormValidator} checks that one was
 * chosen. Whether it can be read is the import's to say: it refuses a file it cannot read, saying why, and saves
 * nothing from it.
 */
public record UploadForm(MultipartFile file) {}
