package uk.headsup.directory.internal.people.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.StaffMember;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.EndDateForm;
import uk.headsup.directory.internal.EndDateFormValidator;
import uk.headsup.directory.internal.people.Appointment;
import uk.headsup.directory.internal.people.People;
import uk.headsup.directory.internal.people.Person;
import uk.headsup.directory.internal.people.Workplace;
import uk.headsup.directory.internal.people.Workplaces;

/**
 * A school's or setting's headteacher and business manager keep their own staff's roles: add someone, correct a
 * role recorded wrongly, end a role. Each change is written to the organisation's history. What they record is an
 * ordinary role, so the authority's later imports stay in charge of it as of any other. Anyone else, and any other
 * organisation, answers 404.
 */
@Controller
@RequestMapping("/directory/people/at/{organisationId}/staff")
class SchoolStaffController {

    /** Roles that keep their organisation's staff. */
    static final Set<OrganisationRole> KEEP_STAFF =
            EnumSet.of(OrganisationRole.HEADTEACHER, OrganisationRole.BUSINESS_MANAGER);

    private final People people;
    private final Workplaces workplaces;
    private final Directory directory;
    private final Dates dates;
    private final EndDateFormValidator endDateFormValidator;
    private final StaffFormValidator staffFormValidator;
    private final RoleFormValidator roleFormValidator;

    SchoolStaffController(
            People people,
            Workplaces workplaces,
            Directory directory,
            Dates dates,
            EndDateFormValidator endDateFormValidator,
            StaffFormValidator staffFormValidator,
            RoleFormValidator roleFormValidator) {
        this.endDateFormValidator = endDateFormValidator;
        this.staffFormValidator = staffFormValidator;
        this.roleFormValidator = roleFormValidator;
        this.people = people;
        this.workplaces = workplaces;
        this.directory = directory;
        this.dates = dates;
    }

    @ModelAttribute("roleOptions")
    Map<String, String> roleOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(OrganisationRole.values()).forEach(r -> options.put(r.name(), r.label()));
        return options;
    }

    @GetMapping("/new")
    String newStaff(
            @PathVariable long organisationId,
            @ModelAttribute("form") StaffForm form,
            Authentication authentication,
            Model model) {
        model.addAttribute("workplace", kept(organisationId, authentication));
        model.addAttribute("form", form.startingByDefault(dates.today()));
        return "directory/people/staff-new";
    }

    @PostMapping("/new")
    String addStaff(
            @PathVariable long organisationId,
            @ModelAttribute("form") StaffForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Workplace workplace = kept(organisationId, authentication);
        StaffFormValidator.NewStaff staff = staffFormValidator.check(
                form,
                added -> people.byEmail(added.email())
                        .filter(existing -> !people.overlapping(
                                        existing.id(), organisationId, added.role(), added.from(), null)
                                .isEmpty())
                        .map(Person::fullName),
                errors);
        if (staff == null) {
            model.addAttribute("workplace", workplace);
            return "directory/people/staff-new";
        }
        OrganisationRole role = staff.role();
        LocalDate from = staff.from();
        long personId = people.byEmail(staff.email())
                .map(Person::id)
                .orElseGet(() -> people.add(staff.fullName(), staff.email(), "", ""));
        people.appoint(personId, organisationId, role, from, null);
        String name = people.find(personId).map(Person::fullName).orElse(staff.fullName());
        people.recordStaffChange(
                organisationId,
                dates.today(),
                "Staff role added by " + authentication.getName(),
                null,
                name + ": " + role.label() + " from " + Dates.format(from));
        redirect.addFlashAttribute(
                "success", name + " is " + role.label() + " at " + workplace.name() + " from " + Dates.format(from));
        return "redirect:/directory/people/at/" + organisationId;
    }

    @GetMapping("/{appointmentId}/role")
    String roleForm(
            @PathVariable long organisationId,
            @PathVariable long appointmentId,
            Authentication authentication,
            Model model) {
        Workplace workplace = kept(organisationId, authentication);
        Appointment appointment = appointment(organisationId, appointmentId);
        model.addAttribute("form", new RoleForm(appointment.role().name()));
        return rolePage(workplace, appointment, model);
    }

    @PostMapping("/{appointmentId}/role")
    String correctRole(
            @PathVariable long organisationId,
            @PathVariable long appointmentId,
            @ModelAttribute("form") RoleForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Workplace workplace = kept(organisationId, authentication);
        Appointment appointment = appointment(organisationId, appointmentId);
        OrganisationRole role = roleFormValidator.check(form, errors);
        if (role == null) {
            return rolePage(workplace, appointment, model);
        }
        String name = people.find(appointment.personId()).map(Person::fullName).orElse("");
        if (role != appointment.role()) {
            people.correctRole(appointmentId, role);
            people.recordStaffChange(
                    organisationId,
                    dates.today(),
                    "Staff role corrected by " + authentication.getName(),
                    name + ": " + appointment.role().label(),
                    name + ": " + role.label());
        }
        redirect.addFlashAttribute("success", name + "’s role is now " + role.label());
        return "redirect:/directory/people/at/" + organisationId;
    }

    @GetMapping("/{appointmentId}/end")
    String endForm(
            @PathVariable long organisationId,
            @PathVariable long appointmentId,
            Authentication authentication,
            Model model) {
        Workplace workplace = kept(organisationId, authentication);
        Appointment appointment = appointment(organisationId, appointmentId);
        model.addAttribute("form", EndDateForm.of(dates.today()));
        return endPage(workplace, appointment, model);
    }

    @PostMapping("/{appointmentId}/end")
    String end(
            @PathVariable long organisationId,
            @PathVariable long appointmentId,
            @ModelAttribute("form") EndDateForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Workplace workplace = kept(organisationId, authentication);
        Appointment appointment = appointment(organisationId, appointmentId);
        LocalDate lastDay =
                endDateFormValidator.check(form, "Enter their last day in this role", appointment.startsOn(), errors);
        if (lastDay == null) {
            return endPage(workplace, appointment, model);
        }
        String name = people.find(appointment.personId()).map(Person::fullName).orElse("");
        people.end(appointmentId, lastDay);
        people.recordStaffChange(
                organisationId,
                dates.today(),
                "Staff role ended by " + authentication.getName(),
                name + ": " + appointment.role().label(),
                "Last day " + Dates.format(lastDay));
        redirect.addFlashAttribute(
                "success",
                name + "’s role as " + appointment.role().label() + " ends on " + Dates.format(lastDay)
                        + ". It stays in the history.");
        return "redirect:/directory/people/at/" + organisationId;
    }

    private String rolePage(Workplace workplace, Appointment appointment, Model model) {
        model.addAttribute("workplace", workplace);
        model.addAttribute("appointment", appointment);
        model.addAttribute("person", people.find(appointment.personId()).orElseThrow());
        return "directory/people/staff-role";
    }

    private String endPage(Workplace workplace, Appointment appointment, Model model) {
        model.addAttribute("workplace", workplace);
        model.addAttribute("appointment", appointment);
        model.addAttribute("person", people.find(appointment.personId()).orElseThrow());
        return "directory/people/staff-end";
    }

    /** The organisation, if the viewer is its headteacher or business manager today; 404 otherwise. */
    private Workplace kept(long organisationId, Authentication authentication) {
        if (!keepsStaffOf(directory, authentication, organisationId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return workplaces.find(organisationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static boolean keepsStaffOf(Directory directory, Authentication authentication, long organisationId) {
        return authentication != null
                && directory.staffMember(authentication.getName()).map(StaffMember::posts).orElse(List.of()).stream()
                        .anyMatch(p -> p.organisationId() == organisationId && KEEP_STAFF.contains(p.role()));
    }

    private Appointment appointment(long organisationId, long appointmentId) {
        return people.appointment(appointmentId)
                .filter(a -> a.organisationId() == organisationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
