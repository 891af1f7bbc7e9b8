package uk.headsup.directory.internal.gias;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over {@code spring.servlet.multipart.max-file-size} is refused before any controller sees it; this sends
 * the user back to the form they came from, which says how large a file may be. (The form carries its CSRF token in
 * its address too, since the token inside an over-large body is never read.)
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        return "redirect:" + request.getRequestURI() + "?too-large";
    }
}
