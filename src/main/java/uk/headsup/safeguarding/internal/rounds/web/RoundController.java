package uk.headsup.safeguarding.internal.rounds.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.platform.UkTime;
import uk.headsup.safeguarding.internal.rounds.ReturnFilter;
import uk.headsup.safeguarding.internal.rounds.ReturnState;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;
import uk.headsup.safeguarding.internal.rounds.Rounds;

/** The safeguarding officer's pages: rounds, every organisation's state and chasing. */
@Controller
@RequestMapping("/safeguarding/rounds")
@PreAuthorize("hasAnyRole('SAFEGUARDING_OFFICER', 'ADMIN')")
class RoundController {

    private final Rounds rounds;
    private final RoundDesk desk;
    private final Clock clock;
    private final RoundFormValidator validator;

    RoundController(Rounds rounds, RoundDesk desk, Clock clock, RoundFormValidator validator) {
        this.validator = validator;
        this.rounds = rounds;
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", rounds.rounds());
        return "safeguarding/rounds";
    }

    /** Opening a round: {@link RoundForm}, checked by {@link RoundFormValidator}. */
    @GetMapping("/new")
    String newRound(Model model) {
        model.addAttribute(
                "form",
                RoundForm.forYear(LocalDate.now(clock.withZone(UkTime.UK)).getYear()));
        return newPage(model);
    }

    private String newPage(Model model) {
        model.addAttribute("versions", desk.versions());
        return "safeguarding/round-new";
    }

    @PostMapping
    String open(
            @ModelAttribute("form") RoundForm form,
            BindingResult errors,
            Model model,
            Authentication user,
            RedirectAttributes redirect) {
        RoundFormValidator.Opening opening = validator.check(form, errors);
        if (opening == null) {
            return newPage(model);
        }
        long id = desk.open(
                opening.title(),
                opening.versionId(),
                opening.firstDeadline(),
                opening.finalDeadline(),
                opening.earlyYears(),
                user.getName());
        redirect.addFlashAttribute("saved", "Round opened: the invitation is on its way to every DSL and headteacher");
        return "redirect:/safeguarding/rounds/" + id;
    }

    @GetMapping("/{id}")
    String round(
            @PathVariable long id,
            @RequestParam(required = false) ReturnState state,
            @ModelAttribute("filter") ReturnFilter filter,
            Model model) {
        Round round = round(id);
        List<RoundDesk.Row> all = desk.rows(round);
        List<RoundDesk.Row> rows =
                all.stream().filter(r -> filter.keeps(r.auditReturn())).toList();
        Map<ReturnState, Long> counts = new EnumMap<>(ReturnState.class);
        for (ReturnState s : ReturnState.values()) {
            counts.put(s, rows.stream().filter(r -> r.state() == s).count());
        }
        model.addAttribute("round", round);
        model.addAttribute("counts", counts);
        model.addAttribute("total", rows.size());
        model.addAttribute("filter", filter);
        model.addAttribute(
                "options",
                ReturnFilter.Options.of(
                        all.stream().map(RoundDesk.Row::auditReturn).toList()));
        // The reminder goes to every organisation yet to return, whatever the filter.
        model.addAttribute(
                "outstanding", all.stream().filter(r -> r.state().outstanding()).count());
        model.addAttribute(
                "rows",
                state == null
                        ? rows
                        : rows.stream().filter(r -> r.state() == state).toList());
        model.addAttribute("chosen", state);
        return "safeguarding/round";
    }

    @PostMapping("/{id}/chase")
    String chase(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        MailshotStarted started = desk.chase(round(id), user.getName(), LocalDate.now(clock.withZone(UkTime.UK)));
        redirect.addFlashAttribute(
                "saved",
                started.created()
                        ? "Reminder sent to the DSLs and headteachers of every organisation yet to return"
                        : "A reminder went today already: nothing more was sent");
        return "redirect:/safeguarding/rounds/" + id;
    }

    private Round round(long id) {
        return rounds.round(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
