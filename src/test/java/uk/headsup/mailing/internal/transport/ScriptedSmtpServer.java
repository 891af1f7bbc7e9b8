package uk.headsup.mailing.internal.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server for tests that need replies GreenMail does not give: {@code gone...} recipients get 550,
 * {@code busy...} ones 451, everyone else is accepted. Counts connections and keeps each accepted message's text.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    final AtomicInteger connections = new AtomicInteger();
    final List<String> accepted = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread conversation = new Thread(() -> converse(client), "scripted-smtp-client");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            boolean rejected = false;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250-scripted\r\n250 8BITMIME");
                } else if (command.startsWith("MAIL FROM")) {
                    rejected = false;
                    reply(out, "250 2.1.0 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String to = line.substring(line.indexOf('<') + 1).toLowerCase();
                    if (to.startsWith("gone")) {
                        rejected = true;
                        reply(out, "550 5.1.1 No such user here");
                    } else if (to.startsWith("busy")) {
                        rejected = true;
                        reply(out, "451 4.7.1 Greylisted, try again later");
                    } else {
                        reply(out, "250 2.1.5 OK");
                    }
                } else if (command.startsWith("DATA")) {
                    if (rejected) {
                        reply(out, "554 5.5.1 No valid recipients");
                        continue;
                    }
                    reply(out, "354 Go ahead");
                    StringBuilder message = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        message.append(line).append("\n");
                    }
                    accepted.add(message.toString());
                    reply(out, "250 2.0.0 Queued");
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    rejected = false;
                    reply(out, "250 2.0.0 OK");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "502 5.5.2 Not implemented");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
