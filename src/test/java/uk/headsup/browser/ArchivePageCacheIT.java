package uk.headsup.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Published pages of a public archive, as visitors get them over a real connection: the first request renders and
 * keeps the page, later ones are answered from memory by {@code ArchivePageCache}'s servlet filter, which runs just
 * after Spring Security and before Spring MVC. Both must be the same page with the same headers (written once, by
 * Spring Security, as for any page), revalidate with their ETag, compress, answer HEAD, and carry no HSTS over plain
 * HTTP, even when a client claims {@code X-Forwarded-Proto: https} (no proxy is trusted unless configured).
 */
class ArchivePageCacheIT extends BrowserJourney {

    private static final Pattern EDITION = Pattern.compile("href=\"(/bulletins/heads-up/[0-9]+)\"");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aVisitorGetsTheSamePageFromMemoryAsWhenItWasRendered() throws Exception {
        Matcher edition = EDITION.matcher(get("/bulletins/heads-up").body());
        assertThat(edition.find()).as("the archive lists a published edition").isTrue();
        String path = edition.group(1);

        HttpResponse<String> rendered = get(path);
        HttpResponse<String> kept = get(path);
        HttpResponse<String> again = get(path);
        for (HttpResponse<String> response : java.util.List.of(rendered, kept, again)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();
        }
        assertThat(again.body()).isEqualTo(rendered.body()).contains("<h1");
        for (String header : java.util.List.of(
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy",
                "Permissions-Policy",
                "Cache-Control",
                "Vary",
                "ETag",
                "Content-Type",
                "Content-Length")) {
            assertThat(again.headers().allValues(header))
                    .as(header)
                    .hasSize(1)
                    .isEqualTo(rendered.headers().allValues(header));
        }
        assertThat(again.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self' 'sha256-")
                .contains("frame-ancestors 'none'");
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, no-cache");

        String etag = again.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = http.send(
                HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        HttpResponse<byte[]> gzipped = http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(rendered.body());

        HttpResponse<String> head = http.send(
                HttpRequest.newBuilder(uri(path))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        // No proxy is trusted by default (issue 20, item 5): a client's own X-Forwarded-Proto does not make the
        // request secure, so no HSTS, and the page is the same.
        HttpResponse<String> claimsHttps = http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(claimsHttps.headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
        assertThat(claimsHttps.body()).isEqualTo(rendered.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
