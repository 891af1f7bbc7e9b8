package uk.headsup.inclusion.internal.provision.web;

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
import uk.headsup.inclusion.internal.provision.Commissioner;
import uk.headsup.inclusion.internal.provision.Placement;
import uk.headsup.inclusion.internal.provision.Provision;

/** Alternative providers and placements, for the inclusion officer only. */
@Controller
@RequestMapping("/inclusion")
class ProvisionController {

    static final Map<String, String> REGISTRATIONS = new LinkedHashMap<>();
    static final Map<String, String> COMMISSIONING = new LinkedHashMap<>();
    static final Map<String, String> COMMISSIONERS = new LinkedHashMap<>();

    static {
        REGISTRATIONS.put("REGISTERED_SCHOOL", "Registered school");
        REGISTRATIONS.put("OFSTED_REGISTERED", "Registered with Ofsted");
        REGISTRATIONS.put("UNREGISTERED", "Unregistered");
        COMMISSIONING.put("FRAMEWORK", "On the authority's framework");
        COMMISSIONING.put("SPOT_PURCHASE", "Spot-purchased");
        for (Commissioner c : Commissioner.values()) {
            COMMISSIONERS.put(c.name(), c.label());
        }
    }

    private final Provision provision;
    private final Exclusions exclusions;
    private final PupilAccess access;
    private final ProviderFormValidator providerFormValidator;
    private final PlacementFormValidator placementFormValidator;

    ProvisionController(
            Provision provision,
            Exclusions exclusions,
            PupilAccess access,
            ProviderFormValidator providerFormValidator,
            PlacementFormValidator placementFormValidator) {
        this.providerFormValidator = providerFormValidator;
        this.placementFormValidator = placementFormValidator;
        this.provision = provision;
        this.exclusions = exclusions;
        this.access = access;
    }

    @GetMapping("/providers")
    String providers(Authentication authentication, @ModelAttribute("form") ProviderForm form, Model model) {
        access.requireOfficer(authentication);
        return providersPage(model);
    }

    @PostMapping("/providers")
    String addProvider(
            Authentication authentication,
            @ModelAttribute("form") ProviderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireOfficer(authentication);
        if (!providerFormValidator.check(form, errors)) {
            return providersPage(model);
        }
        provision.addProvider(form.name(), form.registration(), form.commissioning(), form.urn());
        redirect.addFlashAttribute("success", form.name() + " is registered");
        return "redirect:/inclusion/providers";
    }

    private String providersPage(Model model) {
        model.addAttribute("providers", provision.providers());
        model.addAttribute("registrations", REGISTRATIONS);
        model.addAttribute("commissioning", COMMISSIONING);
        return "inclusion/providers";
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
        Provision.NewPlacement placement = placementFormValidator.check(form, errors);
        if (placement == null) {
            return placementPage(p, model);
        }
        provision.place(p.id(), placement);
        BigDecimal hours = placement.hoursAWeek();
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
        model.addAttribute("commissioners", COMMISSIONERS);
        return "inclusion/placement";
    }

    private Pupil pupil(long id) {
        return exclusions.pupil(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
