package uk.headsup.directory.internal.people.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.directory.Directory;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.Viewer;
import uk.headsup.directory.internal.Viewers;
import uk.headsup.directory.internal.people.People;
import uk.headsup.directory.internal.people.Workplace;
import uk.headsup.directory.internal.people.Workplaces;

/**
 * The people of one school or setting today. School and setting staff may see only the places where they hold
 * a role themselves; anyone else's people are forbidden (403). Authority staff may see any.
 */
@Controller
class ColleaguesController {

    private final People people;
    private final Workplaces workplaces;
    private final Viewers viewers;
    private final Dates dates;
    private final Directory directory;

    ColleaguesController(People people, Workplaces workplaces, Viewers viewers, Dates dates, Directory directory) {
        this.directory = directory;
        this.people = people;
        this.workplaces = workplaces;
        this.viewers = viewers;
        this.dates = dates;
    }

    /** Where the menu takes school staff: the people of (the first of) their school or setting. */
    @GetMapping("/directory/people/yours")
    String yours(Authentication authentication) {
        Viewer viewer = viewers.of(authentication);
        if (viewer.authorityStaff()) {
            return "redirect:/directory/people";
        }
        if (viewer.organisationIds().isEmpty()) {
            throw new AccessDeniedException("No current role at a school or setting");
        }
        return "redirect:/directory/people/at/"
                + workplaces.all(viewer.organisationIds()).get(0).id();
    }

    @GetMapping("/directory/people/at/{organisationId}")
    String at(@PathVariable long organisationId, Authentication authentication, Model model) {
        Viewer viewer = viewers.of(authentication);
        if (!viewer.maySeePeopleOf(organisationId)) {
            throw new AccessDeniedException("Not their school or setting");
        }
        Workplace workplace =
                workplaces.find(organisationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("workplace", workplace);
        model.addAttribute("colleagues", people.at(organisationId, dates.today()));
        model.addAttribute("authorityStaff", viewer.authorityStaff());
        model.addAttribute(
                "keepsStaff",
                !viewer.authorityStaff()
                        && SchoolStaffController.keepsStaffOf(directory, authentication, organisationId));
        model.addAttribute(
                "otherWorkplaces",
                workplaces.all(viewer.organisationIds()).stream()
                        .filter(w -> w.id() != organisationId)
                        .toList());
        return "directory/people/at";
    }
}
