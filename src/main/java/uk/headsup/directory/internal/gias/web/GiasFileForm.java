package uk.headsup.directory.internal.gias.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The GIAS file to import, as uploaded (null when none was chosen); {@link GiasFileFormValidator} checks it. A file
 * over the size limit never gets here: the server answers 413.
 */
record GiasFileForm(MultipartFile file) {}
