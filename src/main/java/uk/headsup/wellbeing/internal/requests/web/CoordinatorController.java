package uk.headsup.wellbeing.internal.requests.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    record MatchForm(
            @NotBlank(message = "Enter who will give the support")
            @Size(max = 200, message = "The name must be 200 characters or fewer")
            String supporter,

            @NotNull(message = "Enter the number of sessions planned")
            @Min(value = 1, message = "Plan at least 1 session")
            @Max(value = SupportRequest.MAX_SESSIONS, message = "Plan at most 50 sessions")
            Integer sessions) {}

    private final RequestDesk desk;

    CoordinatorController(RequestDesk desk) {
        this.desk = desk;
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
            model.addAttribute(
                    "form",
                    new MatchForm(
                            request.supporter() == null ? "" : request.supporter(),
                            request.sessionsPlanned() == null ? 6 : request.sessionsPlanned()));
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
            @Valid @ModelAttribute("form") MatchForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return request(id, model);
        }
        return change(
                id,
                flash,
                "Matched with " + form.supporter().strip() + ", " + form.sessions() + " sessions planned",
                () -> desk.match(RequestController.user(model), id, form.supporter(), form.sessions()));
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
