import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP sink for the mailshot benchmark, run as its own process: accepts every message on any number of
 * connections and throws it away, counting. {@code XCOUNT} answers "250 count firstMillis lastMillis".
 *
 *   java bench/mailshot/SmtpSink.java PORT
 */
public class SmtpSink {

    static final AtomicLong count = new AtomicLong();
    static volatile long first;
    static volatile long last;

    public static void main(String[] args) throws IOException {
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 100, InetAddress.getLoopbackAddress())) {
            System.out.println("listening on " + server.getLocalPort());
            while (true) {
                Socket client = server.accept();
                Thread conversation = new Thread(() -> converse(client));
                conversation.setDaemon(true);
                conversation.start();
            }
        }
    }

    static void converse(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream(), 65536);
            OutputStream out = client.getOutputStream();
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = readLine(in)) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 52428800");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        while ((line = readLine(in)) != null && !line.equals(".")) {
                            // discarded
                        }
                        long now = System.currentTimeMillis();
                        if (count.getAndIncrement() == 0) {
                            first = now;
                        }
                        last = now;
                        reply(out, "250 OK queued");
                    }
                    case "XCOU" -> reply(out, "250 " + count.get() + " " + first + " " + last);
                    case "XRES" -> {
                        count.set(0);
                        first = 0;
                        last = 0;
                        reply(out, "250 reset");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException ignored) {
            // client gone
        }
    }

    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(80);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int n = line.length();
                if (n > 0 && line.charAt(n - 1) == '\r') {
                    line.setLength(n - 1);
                }
                return line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
