package uk.headsup.directory.internal.people.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.EndDateForm;
import uk.headsup.directory.internal.EndDateFormValidator;
import uk.headsup.directory.internal.Viewers;
import uk.headsup.directory.internal.people.Appointment;
import uk.headsup.directory.internal.people.People;
import uk.headsup.directory.internal.people.Person;
import uk.headsup.directory.internal.people.Workplace;
import uk.headsup.directory.internal.people.Workplaces;

/** Authority staff find people and see their roles; administrators add people, change them and their roles. */
@Controller
@RequestMapping("/directory/people")
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class PeopleController {

    static final int PAGE = 50;

    private final People people;
    private final Workplaces workplaces;
    private final Dates dates;
    private final Viewers viewers;
    private final AppointmentFormValidator appointmentFormValidator;
    private final PersonFormValidator personFormValidator;
    private final EndDateFormValidator endDateFormValidator;

    PeopleController(
            People people,
            Workplaces workplaces,
            Dates dates,
            Viewers viewers,
            AppointmentFormValidator appointmentFormValidator,
            PersonFormValidator personFormValidator,
            EndDateFormValidator endDateFormValidator) {
        this.appointmentFormValidator = appointmentFormValidator;
        this.personFormValidator = personFormValidator;
        this.endDateFormValidator = endDateFormValidator;
        this.people = people;
        this.workplaces = workplaces;
        this.dates = dates;
        this.viewers = viewers;
    }

    @ModelAttribute("roleOptions")
    Map<String, String> roleOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (OrganisationRole role : OrganisationRole.values()) {
            options.put(role.name(), role.label());
        }
        return options;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, Authentication authentication, Model model) {
        model.addAttribute("q", q.strip());
        People.Found found = people.search(q, dates.today(), PAGE);
        long total = found.total();
        model.addAttribute("people", found.people());
        model.addAttribute("total", Math.min(total, People.COUNT_LIMIT));
        model.addAttribute("moreThanTotal", total > People.COUNT_LIMIT);
        model.addAttribute("canEdit", viewers.of(authentication).admin());
        return "directory/people/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newPerson(@ModelAttribute("form") PersonForm form) {
        return "directory/people/new";
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String add(@ModelAttribute("form") PersonForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!personFormValidator.check(form, null, errors)) {
            return "directory/people/new";
        }
        long id = people.add(form.fullName(), form.email(), form.phone(), form.jobTitle());
        redirect.addFlashAttribute("success", form.fullName() + " is in the directory. Now add their role.");
        return "redirect:/directory/people/" + id;
    }

    @GetMapping("/{id}")
    String person(@PathVariable long id, Authentication authentication, Model model) {
        Person person = person(id);
        model.addAttribute("person", person);
        model.addAttribute("appointments", people.appointments(id));
        model.addAttribute("posts", people.postsHeld(id));
        model.addAttribute("today", dates.today());
        model.addAttribute("canEdit", viewers.of(authentication).admin());
        return "directory/people/person";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        Person person = person(id);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person));
        return "directory/people/edit";
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Person person = person(id);
        if (!personFormValidator.check(form, id, errors)) {
            model.addAttribute("person", person);
            return "directory/people/edit";
        }
        people.change(id, form.fullName(), form.email(), form.phone(), form.jobTitle());
        redirect.addFlashAttribute("success", "Details of " + form.fullName() + " saved");
        return "redirect:/directory/people/" + id;
    }

    @GetMapping("/{id}/roles/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newRole(@PathVariable long id, @ModelAttribute("form") AppointmentForm form, Model model) {
        model.addAttribute("person", person(id));
        addSearchResults(form, model);
        return "directory/people/add-role";
    }

    @PostMapping("/{id}/roles/new")
    @PreAuthorize("hasRole('ADMIN')")
    String addRole(
            @PathVariable long id,
            @ModelAttribute("form") AppointmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Person person = person(id);
        AppointmentFormValidator.Checked role = appointmentFormValidator.check(form, person, errors);
        if (role == null) {
            model.addAttribute("person", person);
            addSearchResults(form, model);
            return "directory/people/add-role";
        }
        people.appoint(id, role.workplace().id(), role.role(), role.from(), role.until());
        redirect.addFlashAttribute(
                "success",
                person.fullName() + " is " + role.role().label() + " at "
                        + role.workplace().name() + " from " + Dates.format(role.from()));
        return "redirect:/directory/people/" + id;
    }

    @GetMapping("/{id}/roles/{appointmentId}/end")
    @PreAuthorize("hasRole('ADMIN')")
    String endRoleForm(@PathVariable long id, @PathVariable long appointmentId, Model model) {
        Person person = person(id);
        Appointment appointment = appointment(person, appointmentId);
        model.addAttribute(
                "form",
                EndDateForm.of(
                        appointment.endsOn() != null
                                ? appointment.endsOn()
                                : maxOf(dates.today(), appointment.startsOn())));
        return endRolePage(person, appointment, model);
    }

    @PostMapping("/{id}/roles/{appointmentId}/end")
    @PreAuthorize("hasRole('ADMIN')")
    String endRole(
            @PathVariable long id,
            @PathVariable long appointmentId,
            @ModelAttribute("form") EndDateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Person person = person(id);
        Appointment appointment = appointment(person, appointmentId);
        LocalDate lastDay =
                endDateFormValidator.check(form, "Enter their last day in this role", appointment.startsOn(), errors);
        if (lastDay == null) {
            return endRolePage(person, appointment, model);
        }
        people.end(appointmentId, lastDay);
        redirect.addFlashAttribute(
                "success",
                person.fullName() + "’s role as " + appointment.role().label() + " at "
                        + appointment.organisationName() + " ends on " + Dates.format(lastDay)
                        + ". It stays in their history.");
        return "redirect:/directory/people/" + id;
    }

    private String endRolePage(Person person, Appointment appointment, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("appointment", appointment);
        return "directory/people/end-role";
    }

    private void addSearchResults(AppointmentForm form, Model model) {
        List<Workplace> found =
                form.organisationQuery().isBlank() ? List.of() : workplaces.search(form.organisationQuery(), 20);
        Map<String, String> options = new LinkedHashMap<>();
        found.forEach(w -> options.put(String.valueOf(w.id()), w.description()));
        model.addAttribute("organisationOptions", options);
    }

    private Person person(long id) {
        return people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Appointment appointment(Person person, long appointmentId) {
        return people.appointment(appointmentId)
                .filter(a -> a.personId() == person.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
