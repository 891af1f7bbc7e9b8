package uk.headsup.mailing.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback in front of a mail server that can freeze like a crashed host or a cut network: from
 * {@link #freeze()} on, every connection, open or new, is held open and silent (what it is sent is dropped, nothing
 * comes back, it is never closed); after {@link #thaw()} new connections reach the server again, the frozen ones stay
 * frozen.
 */
final class FreezingRelay implements AutoCloseable {

    private final ServerSocket socket;
    private final int target;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private volatile boolean frozen;

    FreezingRelay(int target) throws IOException {
        this.target = target;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("relay", this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    void freeze() {
        frozen = true;
        links.forEach(link -> link.frozen = true);
    }

    void thaw() {
        frozen = false;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Link link = new Link(socket.accept());
                links.add(link);
                daemon("relay-link", link::run);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private final class Link {
        final Socket client;
        volatile boolean frozen = FreezingRelay.this.frozen;

        Link(Socket client) {
            this.client = client;
        }

        void run() {
            if (frozen) {
                pump(client, null);
                return;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                daemon("relay-back", () -> pump(server, client));
                pump(client, server);
            } catch (IOException unreachable) {
                close(client);
            }
        }

        /** Copies from one side to the other until either closes; drops everything while frozen. */
        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[8192];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to == null ? null : to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (!frozen && out != null) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException closed) {
                // one side went away
            } finally {
                close(from);
                if (to != null) {
                    close(to);
                }
                links.remove(this);
            }
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closed either way
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        links.forEach(link -> close(link.client));
    }
}
