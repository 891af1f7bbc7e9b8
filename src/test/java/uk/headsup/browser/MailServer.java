package uk.headsup.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a free local port, for the whole test run, to which the application sends
 * every email. It accepts mail for any address.
 */
final class MailServer {

    static final String HOST = "127.0.0.1";
    private static GreenMail server;

    private MailServer() {}

    static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(FreePort.pick(), HOST, ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        }
        return server;
    }

    static int port() {
        return get().getSmtp().getPort();
    }
}
