package uk.headsup.directory.internal.gias;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A GIAS file to import: an uploaded file, a path, or a URL. */
public interface GiasSource {

    /** The file's name, as the report shows it. */
    String name();

    InputStream open() throws IOException;

    static GiasSource of(String name, Opener opener) {
        return new GiasSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return opener.open();
            }
        };
    }

    static GiasSource file(Path path) {
        return of(path.getFileName().toString(), () -> Files.newInputStream(path));
    }

    /** A path, or an http(s) URL, as {@code headsup.gias.source} gives it. */
    static GiasSource location(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            URI uri = URI.create(location);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            return of(name.isEmpty() ? location : name, () -> download(uri));
        }
        return file(Path.of(location));
    }

    private static InputStream download(URI uri) throws IOException {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException(uri + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Interrupted while downloading " + uri, e));
        }
    }

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
