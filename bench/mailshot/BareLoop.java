import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;

/**
 * The yardstick: one pre-built message (a plain-text and an HTML part, about the size of a Heads Up notice) sent
 * N times over one connection with Jakarta Mail. Prints the milliseconds from connecting to the last reply.
 *
 *   java -cp JAKARTA_MAIL_JARS bench/mailshot/BareLoop.java PORT N
 */
public class BareLoop {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("Heads Up <heads-up@elmshire.example>"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("reader@school.example"));
        message.setSubject("The Fair Access Protocol panel dates", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Dear Reader,\n\n" + "The panel meets on these dates. ".repeat(30), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<!DOCTYPE html><html><body><p>Dear Reader,</p><p>" + "The panel meets on these dates. ".repeat(60)
                + "</p></body></html>", "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", port, null, null);
            for (int i = 0; i < n; i++) {
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        System.out.println((System.nanoTime() - start) / 1_000_000);
    }
}
