package uk.headsup.bulletins.internal.attention.web;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.bulletins.internal.attention.Attention;
import uk.headsup.bulletins.internal.attention.Calendar;
import uk.headsup.platform.ActionDue;
import uk.headsup.platform.ActionsDue;
import uk.headsup.platform.Site;

/** A school user's calls to action: soonest first, marked done or dismissed, and as a calendar of deadlines. */
@Controller
@PreAuthorize("hasRole('SCHOOL_STAFF')")
class AttentionController {

    private final Attention attention;
    private final ObjectProvider<ActionsDue> others;
    private final Site site;
    private final Clock clock;

    AttentionController(Attention attention, ObjectProvider<ActionsDue> others, Site site, Clock clock) {
        this.attention = attention;
        this.others = others;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping(Attention.LIST)
    String list(Authentication authentication, Model model) {
        var items = attention.itemsFor(authentication.getName());
        model.addAttribute(
                "open",
                items.stream().filter(i -> i.status() == ActionDue.Status.OPEN).toList());
        model.addAttribute(
                "closed",
                items.stream().filter(i -> i.status() != ActionDue.Status.OPEN).toList());
        model.addAttribute("today", attention.today());
        return "bulletins/attention";
    }

    @PostMapping(Attention.LIST + "/{articleId}")
    String mark(
            @PathVariable long articleId,
            @RequestParam String state,
            Authentication authentication,
            RedirectAttributes redirect) {
        ActionDue.Status status = ActionDue.Status.valueOf(state);
        var item = attention.itemsFor(authentication.getName()).stream()
                .filter(i -> i.articleId() == articleId)
                .findFirst();
        if (item.isPresent()) {
            attention.mark(authentication.getName(), articleId, status);
            redirect.addFlashAttribute(
                    "success",
                    switch (status) {
                        case DONE -> "Marked “" + item.get().text() + "” as done";
                        case DISMISSED -> "Dismissed “" + item.get().text() + "”";
                        case OPEN -> "“" + item.get().text() + "” is back on your list";
                    });
        }
        return "redirect:" + Attention.LIST;
    }

    @GetMapping(value = Attention.LIST + ".ics")
    ResponseEntity<String> calendar(Authentication authentication) {
        var open = attention.itemsFor(authentication.getName()).stream()
                .filter(i -> i.status() == ActionDue.Status.OPEN)
                .toList();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"heads-up-deadlines.ics\"")
                .body(Calendar.of(
                        open,
                        othersDue(authentication.getName()),
                        site.baseUrl().getHost(),
                        site::link,
                        clock.instant()));
    }

    /** The open, dated items other modules ask of this person (a safeguarding audit return, a course offered). */
    private List<ActionDue> othersDue(String email) {
        return others.orderedStream()
                .filter(a -> !(a instanceof Attention))
                .flatMap(a -> a.actionsDue(email).stream())
                .filter(a -> a.open() && a.due() != null)
                .toList();
    }
}
