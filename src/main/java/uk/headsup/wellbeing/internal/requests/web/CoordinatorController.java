package uk.headsup.wellbeing.internal.requests.web;

import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.wellbeing.internal.requests.RequestDesk;
import uk.headsup.wellbeing.internal.requests.RequestRefused;
import uk.headsup.wellbeing.internal.requests.SupportRequest;

/**
 * The wellbeing coordinator's requests. No role check here on purpose: {@link RequestDesk} answers 404 to anyone
 * but a coordinator, administrators included, so that nobody else can even tell a request exists.
 */
@Controller
@RequestMapping("/wellbeing/manage/requests")
class CoordinatorController {

    private final RequestDesk desk;
    private final MatchFormValidator validator;

    CoordinatorController(RequestDesk desk, MatchFormValidator validator) {
        this.desk = desk;
        this.validator = validator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("requests", desk.all(RequestController.user(model)));
        return "wellbeing/requests";
    }

    @GetMapping("/{id}")
    String request(@PathVariable long id, Model model) {
        SupportRequest request = desk.read(RequestController.user(model), id);
        model.addAttribute("request", request);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MatchForm.of(request.supporter(), request.sessionsPlanned()));
        }
        return "wellbeing/request";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable long id, Model model, RedirectAttributes flash) {
        return change(id, flash, "Acknowledged", () -> desk.acknowledge(RequestController.user(model), id));
    }

    @PostMapping("/{id}/match")
    String match(
            @PathVariable long id,
            @ModelAttribute("form") MatchForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        MatchFormValidator.Match match = validator.check(form, errors);
        if (match == null) {
            return request(id, model);
        }
        return change(
                id,
                flash,
                "Matched with " + match.supporter() + ", " + match.sessions() + " sessions planned",
                () -> desk.match(RequestController.user(model), id, match.supporter(), match.sessions()));
    }

    @PostMapping("/{id}/session")
    String session(@PathVariable long id, Model model, RedirectAttributes flash) {
        return change(id, flash, "Session recorded", () -> desk.recordSession(RequestController.user(model), id));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, Model model, RedirectAttributes flash) {
        return change(id, flash, "Closed", () -> desk.close(RequestController.user(model), id));
    }

    private static String change(long id, RedirectAttributes flash, String done, Supplier<SupportRequest> change) {
        try {
            change.get();
            flash.addFlashAttribute("success", done);
        } catch (RequestRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/wellbeing/manage/requests/" + id;
    }
}
