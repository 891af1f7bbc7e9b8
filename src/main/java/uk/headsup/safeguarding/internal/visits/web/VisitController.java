package uk.headsup.safeguarding.internal.visits.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.platform.UkTime;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.Rounds;
import uk.headsup.safeguarding.internal.visits.Visits;

/** The officer draws the sample of verification visits by the rules shown, and records each visit's findings. */
@Controller
@RequestMapping("/safeguarding/rounds/{id}/visits")
@PreAuthorize("hasAnyRole('SAFEGUARDING_OFFICER', 'ADMIN')")
class VisitController {

    private final Rounds rounds;
    private final Visits visits;
    private final Clock clock;
    private final VisitFormValidator validator;

    VisitController(Rounds rounds, Visits visits, Clock clock, VisitFormValidator validator) {
        this.validator = validator;
        this.rounds = rounds;
        this.visits = visits;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        model.addAttribute("round", round(id));
        model.addAttribute("visits", visits.visits(id));
        return "safeguarding/visits";
    }

    @PostMapping("/draw")
    String draw(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        int added = visits.draw(round(id), user.getName());
        redirect.addFlashAttribute(
                "saved",
                added == 0
                        ? "The rules pick no further school: nothing was added"
                        : added + (added == 1 ? " visit" : " visits") + " added to the sample");
        return "redirect:/safeguarding/rounds/" + id + "/visits";
    }

    @GetMapping("/{visitId}")
    String visit(@PathVariable long id, @PathVariable long visitId, Model model) {
        Visits.Visit visit = visit(id, visitId);
        if (!model.containsAttribute("visitForm")) {
            model.addAttribute("visitForm", VisitForm.of(visit));
        }
        model.addAttribute("round", round(id));
        model.addAttribute("visit", visit);
        return "safeguarding/visit";
    }

    @PostMapping("/{visitId}")
    String record(
            @PathVariable long id,
            @PathVariable long visitId,
            @ModelAttribute("visitForm") VisitForm form,
            BindingResult errors,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        Visits.Visit visit = visit(id, visitId);
        VisitFormValidator.Findings findings = validator.check(form, LocalDate.now(clock.withZone(UkTime.UK)), errors);
        if (findings == null) {
            return visit(id, visitId, model);
        }
        visits.record(id, visitId, findings.visitedOn(), findings.findings(), user.getName());
        redirect.addFlashAttribute("saved", "Findings recorded for " + visit.organisationName());
        return "redirect:/safeguarding/rounds/" + id + "/visits";
    }

    private Visits.Visit visit(long roundId, long visitId) {
        return visits.visits(roundId).stream()
                .filter(v -> v.id() == visitId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Round round(long id) {
        return rounds.round(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
