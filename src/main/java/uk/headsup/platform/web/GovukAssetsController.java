package uk.headsup.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves GOV.UK Frontend from its webjar, without the GDS Transport typeface: that font is reserved for
 * GOV.UK services, so its {@code @font-face} rules are removed and every font stack starts with Arial.
 */
@RestController
class GovukAssetsController {

    static final String VERSION = "5.14.0";
    private static final String DIST = "META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");

    private final Asset css;
    private final Asset js;

    GovukAssetsController() throws IOException {
        String original = read(DIST + "govuk-frontend.min.css");
        String withoutTransport = FONT_FACE
                .matcher(original)
                .replaceAll("")
                .replace("GDS Transport,arial,sans-serif", "arial,helvetica,sans-serif")
                .replace("font-family:GDS Transport", "font-family:arial,helvetica,sans-serif");
        this.css = new Asset(withoutTransport.getBytes(StandardCharsets.UTF_8));
        this.js = new Asset(read(DIST + "govuk-frontend.min.js").getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/assets/govuk-frontend.css", produces = "text/css")
    ResponseEntity<byte[]> css(WebRequest request) {
        return css.serve(request, MediaType.valueOf("text/css;charset=UTF-8"));
    }

    @GetMapping(value = "/assets/govuk-frontend.js", produces = "text/javascript")
    ResponseEntity<byte[]> js(WebRequest request) {
        return js.serve(request, MediaType.valueOf("text/javascript;charset=UTF-8"));
    }

    private static String read(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Asset(byte[] bytes, String etag) {
        Asset(byte[] bytes) {
            this(bytes, "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"");
        }

        ResponseEntity<byte[]> serve(WebRequest request, MediaType type) {
            if (request.checkNotModified(etag)) {
                return null;
            }
            return ResponseEntity.ok()
                    .contentType(type)
                    .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                    .eTag(etag)
                    .body(bytes);
        }
    }
}
