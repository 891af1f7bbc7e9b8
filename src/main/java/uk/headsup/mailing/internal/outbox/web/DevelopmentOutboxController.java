package uk.headsup.mailing.internal.outbox.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.internal.outbox.Outbox;
import uk.headsup.mailing.internal.outbox.OutboxMessage;
import uk.headsup.mailing.internal.transport.DevelopmentOutbox;
import uk.headsup.mailing.internal.transport.Transport;

/** The development outbox: every stored message, for administrators, only when no SMTP server is set. */
@Controller
@RequestMapping("/dev/outbox")
@PreAuthorize("hasRole('ADMIN')")
class DevelopmentOutboxController {

    private final Outbox outbox;
    private final boolean active;

    DevelopmentOutboxController(Outbox outbox, Transport transport) {
        this.outbox = outbox;
        this.active = transport instanceof DevelopmentOutbox;
    }

    @GetMapping
    String list(Model model) {
        requireActive();
        model.addAttribute("messages", outbox.latest(200));
        return "mailing/dev-outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        requireActive();
        model.addAttribute(
                "message", outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "mailing/dev-outbox-message";
    }

    /** The HTML part as the recipient's mail client would get it: its inline styles allowed, no scripts. */
    @GetMapping(value = "/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String html(@PathVariable long id, HttpServletResponse response) {
        requireActive();
        OutboxMessage message = outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
        return message.htmlBody();
    }

    /** An attachment as a download, never rendered in the browser. */
    @GetMapping("/{id}/attachments/{position}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int position) {
        requireActive();
        List<Attachment> attachments = outbox.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                .attachments();
        if (position < 0 || position >= attachments.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Attachment attachment = attachments.get(position);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(attachment.content());
    }

    private void requireActive() {
        if (!active) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
