package uk.headsup.directory.internal.contacts.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.directory.AuthorityContact;
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.Viewers;
import uk.headsup.directory.internal.contacts.Posts;
import uk.headsup.platform.Authority;

/** Authority staff see the teams and their posts; administrators add teams and posts. */
@Controller
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class TeamsController {

    private final Posts posts;
    private final AuthorityContacts contacts;
    private final Authority authority;
    private final Dates dates;
    private final Viewers viewers;
    private final PostFormValidator postFormValidator;
    private final TeamFormValidator teamFormValidator;

    TeamsController(
            Posts posts,
            AuthorityContacts contacts,
            Authority authority,
            Dates dates,
            Viewers viewers,
            TeamFormValidator teamFormValidator,
            PostFormValidator postFormValidator) {
        this.posts = posts;
        this.postFormValidator = postFormValidator;
        this.teamFormValidator = teamFormValidator;
        this.contacts = contacts;
        this.authority = authority;
        this.dates = dates;
        this.viewers = viewers;
    }

    @GetMapping("/directory/teams")
    String teams(Authentication authentication, Model model) {
        Map<Long, AuthorityContact> today = contacts.on(dates.today()).stream()
                .collect(Collectors.toMap(AuthorityContact::postId, Function.identity()));
        model.addAttribute("teams", posts.teams());
        model.addAttribute("postsByTeam", posts.posts().stream().collect(Collectors.groupingBy(Posts.Post::teamId)));
        model.addAttribute("today", today);
        model.addAttribute("canEdit", viewers.of(authentication).admin());
        return "directory/contacts/teams";
    }

    @GetMapping("/directory/teams/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newTeam(@ModelAttribute("form") TeamForm form) {
        return "directory/contacts/team-new";
    }

    @PostMapping("/directory/teams/new")
    @PreAuthorize("hasRole('ADMIN')")
    String addTeam(@ModelAttribute("form") TeamForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!teamFormValidator.check(form, errors)) {
            return "directory/contacts/team-new";
        }
        posts.addTeam(posts.authority(authority.name()), form.name(), form.email());
        redirect.addFlashAttribute("success", form.name() + " added. Now add its posts.");
        return "redirect:/directory/teams";
    }

    @GetMapping("/directory/teams/{teamId}/posts/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newPost(@PathVariable long teamId, @ModelAttribute("form") PostForm form, Model model) {
        model.addAttribute("team", team(teamId));
        return "directory/contacts/post-new";
    }

    @PostMapping("/directory/teams/{teamId}/posts/new")
    @PreAuthorize("hasRole('ADMIN')")
    String addPost(
            @PathVariable long teamId,
            @ModelAttribute("form") PostForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Posts.Team team = team(teamId);
        if (!postFormValidator.check(form, errors)) {
            model.addAttribute("team", team);
            return "directory/contacts/post-new";
        }
        long id = posts.addPost(teamId, form.title(), form.areaList());
        redirect.addFlashAttribute("success", form.title() + " added. Now appoint its holder, or arrange cover.");
        return "redirect:/directory/posts/" + id;
    }

    private Posts.Team team(long id) {
        return posts.team(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
