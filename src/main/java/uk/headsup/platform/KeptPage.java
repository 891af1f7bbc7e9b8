package uk.headsup.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import uk.headsup.platform.web.SessionCookie;

/**
 * A public page rendered once and answered from memory to visitors who are not signed in: its bytes, their gzip and
 * an ETag, all worked out once when it is kept. A module's page cache (a filter just after Spring Security's, so that
 * its rules and headers apply as to any page) keeps these and answers with {@link #serve}.
 *
 * <p>The security headers (the one Content-Security-Policy, frame and referrer rules, HSTS over HTTPS) are the
 * application's, written by the filters every response goes through; a kept page adds only how it may be cached: any
 * cache (a browser, a reverse proxy or CDN) may keep it but must revalidate it each time with its ETag ({@code 304 Not
 * Modified} when unchanged), and it differs by compression and by whether a session cookie came with the request.
 * Because the page says how it may be cached, Spring Security leaves out its "no-store" defaults.
 */
public record KeptPage(byte[] bytes, byte[] gzipped, String etag, String contentType) {

    /** The page as rendered, with its gzip and an ETag (part of the SHA-256 of its bytes). */
    public static KeptPage of(byte[] bytes, String contentType) {
        return new KeptPage(
                bytes, gzip(bytes), "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 16) + "\"", contentType);
    }

    /**
     * Whether a session cookie came with the request: a signed-in reader's pages differ (navigation, what is for them),
     * so kept pages answer only requests without one.
     */
    public static boolean withSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals(SessionCookie.NAME)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Answers with the page: {@code 304 Not Modified} to a request that already holds it (If-None-Match), the gzip
     * to one that accepts it, and the bytes in one write otherwise; nothing but headers for HEAD.
     */
    public void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        response.setHeader("ETag", etag);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        String accept = request.getHeader("Accept-Encoding");
        byte[] body = bytes;
        if (accept != null && accept.contains("gzip")) {
            response.setHeader("Content-Encoding", "gzip");
            body = gzipped;
        }
        response.setContentLength(body.length);
        response.setBufferSize(Math.max(body.length, 8192)); // one write to the socket
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
