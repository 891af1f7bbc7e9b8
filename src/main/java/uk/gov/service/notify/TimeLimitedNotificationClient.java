package uk.gov.service.notify;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;

/**
 * GOV.UK Notify's official client with connect and read timeouts on every request: the client sets none, so an API
 * that stops answering would hold a mail worker for good. It lives in the client's package because the one place a
 * connection is made, {@code getConnection}, is package-private. (A request is a few kilobytes of JSON, so writing
 * it never waits on the server; the read timeout covers the answer.)
 */
public class TimeLimitedNotificationClient extends NotificationClient {

    private final int connectMillis;
    private final int readMillis;

    public TimeLimitedNotificationClient(String apiKey, Duration connect, Duration read) {
        super(apiKey);
        this.connectMillis = Math.toIntExact(connect.toMillis());
        this.readMillis = Math.toIntExact(read.toMillis());
    }

    public TimeLimitedNotificationClient(String apiKey, String baseUrl, Duration connect, Duration read) {
        super(apiKey, baseUrl);
        this.connectMillis = Math.toIntExact(connect.toMillis());
        this.readMillis = Math.toIntExact(read.toMillis());
    }

    @Override
    HttpURLConnection getConnection(URL url) throws IOException {
        HttpURLConnection connection = super.getConnection(url);
        connection.setConnectTimeout(connectMillis);
        connection.setReadTimeout(readMillis);
        return connection;
    }
}
