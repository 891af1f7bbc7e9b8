package uk.headsup.inclusion.internal.provision;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
import uk.headsup.inclusion.internal.PupilAccess;
import uk.headsup.inclusion.internal.exclusions.Exclusions;
import uk.headsup.inclusion.internal.exclusions.Pupil;
import uk.headsup.platform.DateInput;

/** Alternative providers and placements, for the inclusion officer only. */
@Controller
@RequestMapping("/inclusion")
class ProvisionController {

    static final Map<String, String> REGISTRATIONS = Map.of(
            "REGISTERED_SCHOOL", "Registered school",
            "OFSTED_REGISTERED", "Registered with Ofsted",
            "UNREGISTERED", "Unregistered");

    private final Provision provision;
    private final Exclusions exclusions;
    private final PupilAccess access;

    ProvisionController(Provision provision, Exclusions exclusions, PupilAccess access) {
        this.provision = provision;
        this.exclusions = exclusions;
        this.access = access;
    }

    @GetMapping("/providers")
    String providers(Authentication authentication, Model model) {
        access.requireOfficer(authentication);
        model.addAttribute("providers", provision.providers());
        return "inclusion/providers";
    }

    @PostMapping("/providers")
    String addProvider(
            Authentication authentication,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String registration,
            @RequestParam(defaultValue = "") String commissioning,
            @RequestParam(defaultValue = "") String urn,
            Model model,
            RedirectAttributes redirect) {
        access.requireOfficer(authentication);
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isBlank()) {
            errors.put("name", "Enter the provider's name");
        } else if (provision.hasProvider(name)) {
            errors.put("name", "A provider with this name is already registered");
        }
        if (!REGISTRATIONS.containsKey(registration)) {
            errors.put("registration", "Select how the provider is registered");
        }
        if (!commissioning.equals("FRAMEWORK") && !commissioning.equals("SPOT_PURCHASE")) {
            errors.put("commissioning", "Select whether the provider is on the framework or spot-purchased");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("providers", provision.providers());
            return "inclusion/providers";
        }
        provision.addProvider(name, registration, commissioning, urn);
        redirect.addFlashAttribute("success", name.trim() + " is registered");
        return "redirect:/inclusion/providers";
    }

    @GetMapping("/providers/{id}")
    String provider(@PathVariable long id, Authentication authentication, Model model) {
        var viewer = access.requireOfficer(authentication);
        var provider = provision.provider(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var placements = provision.atProvider(id);
        placements.forEach(p -> access.logRead(p.pupilId(), viewer.email(), "Listed at provider " + provider.name()));
        model.addAttribute("provider", provider);
        model.addAttribute("placements", placements);
        return "inclusion/provider";
    }

    @GetMapping("/placements/new")
    String placementForm(
            @RequestParam long pupil,
            Authentication authentication,
            @ModelAttribute("form") PlacementForm form,
            Model model) {
        access.requireOfficer(authentication);
        return placementPage(pupil(pupil), model);
    }

    @PostMapping("/placements/new")
    String place(
            @RequestParam long pupil,
            Authentication authentication,
            @ModelAttribute("form") PlacementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireOfficer(authentication);
        Pupil p = pupil(pupil);
        if (form.getProvider() == null || provision.provider(form.getProvider()).isEmpty()) {
            errors.rejectValue("provider", "required", "Select the provider");
        }
        if (!form.getCommissionedBy().equals("SCHOOL")
                && !form.getCommissionedBy().equals("AUTHORITY")) {
            errors.rejectValue("commissionedBy", "required", "Select who commissioned the placement");
        }
        if (!REASONS.containsKey(form.getReason())) {
            errors.rejectValue("reason", "required", "Select the reason for the placement");
        }
        date(errors, "startsOn", form.getStartsOn(), "Start date", true);
        date(errors, "plannedEnd", form.getPlannedEnd(), "Planned end date", false);
        date(errors, "endedOn", form.getEndedOn(), "End date", false);
        BigDecimal hours = number(form.getHoursAWeek());
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(40)) > 0) {
            errors.rejectValue("hoursAWeek", "invalid", "Hours a week must be a number from 1 to 40, like 25");
        }
        BigDecimal cost = form.getWeeklyCost().isBlank() ? null : number(form.getWeeklyCost());
        if (!form.getWeeklyCost().isBlank() && (cost == null || cost.signum() < 0)) {
            errors.rejectValue("weeklyCost", "invalid", "Cost a week must be an amount in pounds, like 450");
        }
        if (errors.hasErrors()) {
            return placementPage(p, model);
        }
        provision.place(
                p.id(),
                form.getProvider(),
                form.getCommissionedBy(),
                form.getReason(),
                form.getStartsOn().date().get(),
                form.getPlannedEnd().date().orElse(null),
                hours,
                cost,
                form.getReintegrationTarget(),
                form.getEndedOn().date().orElse(null),
                form.getDestination());
        redirect.addFlashAttribute(
                "success",
                hours.compareTo(Placement.FULL_TIME) < 0
                        ? "Placement recorded. It is under full time ("
                                + hours.stripTrailingZeros().toPlainString() + " hours a week)"
                        : "Placement recorded");
        return "redirect:/inclusion/pupils/" + p.id();
    }

    static final Map<String, String> REASONS = new LinkedHashMap<>();

    static {
        REASONS.put("PERMANENT_EXCLUSION", "Permanent exclusion");
        REASONS.put("SIXTH_DAY", "Sixth-day provision");
        REASONS.put("PREVENTATIVE", "Preventative or off-site direction");
        REASONS.put("MEDICAL", "Medical");
    }

    private String placementPage(Pupil pupil, Model model) {
        model.addAttribute("pupil", pupil);
        model.addAttribute("providers", provision.providers());
        model.addAttribute("reasons", REASONS);
        model.addAttribute("commissioners", Map.of("AUTHORITY", "The authority", "SCHOOL", "The school"));
        return "inclusion/placement";
    }

    private Pupil pupil(long id) {
        return exclusions.pupil(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void date(BindingResult errors, String field, DateInput input, String name, boolean required) {
        if (input.isBlank()) {
            if (required) {
                errors.rejectValue(field, "required", "Enter the " + name.toLowerCase());
            }
            return;
        }
        String problem = input.problem(name);
        if (problem != null) {
            errors.rejectValue(field, "invalid", problem);
        }
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
