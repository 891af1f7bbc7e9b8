package uk.headsup.directory.internal.contacts.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.headsup.directory.AuthorityContact;
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.Viewers;
import uk.headsup.directory.internal.contacts.Posts;

/** Whom to contact at the authority, today or on another date: for everyone signed in, school staff included. */
@Controller
class ContactsController {

    /** A team and who answers for its posts that day, each person once. */
    record TeamContacts(Posts.Team team, List<ContactCard> contacts) {}

    private final AuthorityContacts contacts;
    private final Posts posts;
    private final Dates dates;
    private final Viewers viewers;
    private final ContactsFormValidator validator;

    ContactsController(
            AuthorityContacts contacts, Posts posts, Dates dates, Viewers viewers, ContactsFormValidator validator) {
        this.validator = validator;
        this.contacts = contacts;
        this.posts = posts;
        this.dates = dates;
        this.viewers = viewers;
    }

    @GetMapping("/contacts")
    String contacts(
            @ModelAttribute("form") ContactsForm form,
            BindingResult errors,
            Authentication authentication,
            Model model) {
        LocalDate today = dates.today();
        ContactsFormValidator.Query query = validator.check(form, today, errors);
        LocalDate date = query.on();
        Map<Long, List<AuthorityContact>> byTeam =
                contacts.on(date).stream().collect(Collectors.groupingBy(AuthorityContact::teamId));
        String search = query.search();
        List<TeamContacts> teams = new ArrayList<>();
        for (Posts.Team team : posts.teams()) {
            List<ContactCard> answering = ContactCard.of(byTeam.getOrDefault(team.id(), List.of())).stream()
                    .filter(c -> search.isEmpty() || c.matches(search, team.name()))
                    .toList();
            if (!answering.isEmpty() || (search.isEmpty() && team.email() != null)) {
                teams.add(new TeamContacts(team, answering));
            }
        }
        model.addAttribute("search", search);
        model.addAttribute("teams", teams);
        model.addAttribute("date", date);
        model.addAttribute("isToday", date.equals(today));
        model.addAttribute("authorityStaff", viewers.of(authentication).authorityStaff());
        return "directory/contacts/contacts";
    }
}
