package uk.headsup.directory.internal.contacts.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.EndDateForm;
import uk.headsup.directory.internal.EndDateFormValidator;
import uk.headsup.directory.internal.Viewers;
import uk.headsup.directory.internal.contacts.PostAssignments;
import uk.headsup.directory.internal.contacts.Posts;

/**
 * One post of the authority: who held it and who covered it, over time. Administrators change the post, appoint
 * its holder, arrange cover, and end either (which keeps them as history).
 */
@Controller
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class PostsController {

    private final Posts posts;
    private final PostAssignments assignments;
    private final AuthorityContacts contacts;
    private final Dates dates;
    private final Viewers viewers;
    private final PostFormValidator postFormValidator;
    private final AssignmentFormValidator assignmentFormValidator;
    private final EndDateFormValidator endDateFormValidator;

    PostsController(
            Posts posts,
            PostAssignments assignments,
            AuthorityContacts contacts,
            Dates dates,
            Viewers viewers,
            PostFormValidator postFormValidator,
            AssignmentFormValidator assignmentFormValidator,
            EndDateFormValidator endDateFormValidator) {
        this.posts = posts;
        this.postFormValidator = postFormValidator;
        this.assignmentFormValidator = assignmentFormValidator;
        this.endDateFormValidator = endDateFormValidator;
        this.assignments = assignments;
        this.contacts = contacts;
        this.dates = dates;
        this.viewers = viewers;
    }

    @ModelAttribute("coverKinds")
    Map<String, String> coverKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(CoverKind.ACTING.name(), "Acting: stepping up into the post for a while");
        kinds.put(CoverKind.INTERIM.name(), "Interim: filling the post until it is filled for good");
        kinds.put(CoverKind.MAIN_CONTACT.name(), "Main point of contact while the post holder is away");
        return kinds;
    }

    @GetMapping("/directory/posts/{id}")
    String post(@PathVariable long id, Authentication authentication, Model model) {
        Posts.Post post = post(id);
        LocalDate today = dates.today();
        model.addAttribute("post", post);
        model.addAttribute("holders", posts.holders(id));
        model.addAttribute("covers", posts.covers(id));
        model.addAttribute("contact", contacts.forPost(id, today).orElse(null));
        model.addAttribute("today", today);
        model.addAttribute("canEdit", viewers.of(authentication).admin());
        return "directory/contacts/post";
    }

    @GetMapping("/directory/posts/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        Posts.Post post = post(id);
        model.addAttribute("post", post);
        model.addAttribute("form", PostForm.of(post));
        return "directory/contacts/post-edit";
    }

    @PostMapping("/directory/posts/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") PostForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Posts.Post post = post(id);
        if (!postFormValidator.check(form, errors)) {
            model.addAttribute("post", post);
            return "directory/contacts/post-edit";
        }
        posts.changePost(id, form.title(), form.areaList());
        redirect.addFlashAttribute("success", form.title() + " saved");
        return "redirect:/directory/posts/" + id;
    }

    @GetMapping("/directory/posts/{id}/holders/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newHolder(@PathVariable long id, @ModelAttribute("form") AssignmentForm form, Model model) {
        model.addAttribute("post", post(id));
        return "directory/contacts/holder-new";
    }

    @PostMapping("/directory/posts/{id}/holders/new")
    @PreAuthorize("hasRole('ADMIN')")
    String appoint(
            @PathVariable long id,
            @ModelAttribute("form") AssignmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Posts.Post post = post(id);
        AssignmentFormValidator.Checked checked = assignmentFormValidator.checkHolder(form, errors);
        Optional<PostAssignments.Problem> problem = checked == null
                ? Optional.empty()
                : assignments.appoint(id, checked.officer(), checked.from(), checked.until());
        problem.ifPresent(p -> errors.rejectValue(p.field(), "clash", p.message()));
        if (errors.hasErrors()) {
            model.addAttribute("post", post);
            return "directory/contacts/holder-new";
        }
        redirect.addFlashAttribute(
                "success",
                checked.officer().fullName() + " holds the post of " + post.title() + " from "
                        + Dates.format(checked.from()));
        return "redirect:/directory/posts/" + id;
    }

    @GetMapping("/directory/posts/{id}/cover/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newCover(@PathVariable long id, @ModelAttribute("form") AssignmentForm form, Model model) {
        model.addAttribute("post", post(id));
        model.addAttribute("officers", posts.officers());
        return "directory/contacts/cover-new";
    }

    @PostMapping("/directory/posts/{id}/cover/new")
    @PreAuthorize("hasRole('ADMIN')")
    String arrangeCover(
            @PathVariable long id,
            @ModelAttribute("form") AssignmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Posts.Post post = post(id);
        List<Posts.Colleague> officers = posts.officers();
        AssignmentFormValidator.Checked checked = assignmentFormValidator.checkCover(form, officers, errors);
        Optional<PostAssignments.Problem> problem = checked == null
                ? Optional.empty()
                : assignments.arrangeCover(
                        id, checked.officer(), checked.kind(), checked.from(), checked.until(), checked.note());
        problem.ifPresent(p -> errors.rejectValue(p.field(), "clash", p.message()));
        if (errors.hasErrors()) {
            model.addAttribute("post", post);
            model.addAttribute("officers", officers);
            return "directory/contacts/cover-new";
        }
        redirect.addFlashAttribute(
                "success",
                checked.officer().fullName() + " covers the post of " + post.title() + " from "
                        + Dates.format(checked.from())
                        + (checked.until() == null ? " until further notice" : " to " + Dates.format(checked.until())));
        return "redirect:/directory/posts/" + id;
    }

    @GetMapping("/directory/posts/{id}/holders/{termId}/end")
    @PreAuthorize("hasRole('ADMIN')")
    String endHolderForm(@PathVariable long id, @PathVariable long termId, Model model) {
        return endForm(post(id), term(posts.holders(id), termId), false, model);
    }

    @PostMapping("/directory/posts/{id}/holders/{termId}/end")
    @PreAuthorize("hasRole('ADMIN')")
    String endHolder(
            @PathVariable long id,
            @PathVariable long termId,
            @ModelAttribute("form") EndDateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Posts.Post post = post(id);
        Posts.Term term = term(posts.holders(id), termId);
        LocalDate lastDay =
                endDateFormValidator.check(form, "Enter their last day in the post", term.startsOn(), errors);
        if (lastDay == null) {
            return endPage(post, term, false, model);
        }
        assignments.endHolding(id, termId, lastDay);
        redirect.addFlashAttribute(
                "success",
                term.name() + "’s time as " + post.title() + " ends on " + Dates.format(lastDay)
                        + ". It stays in the post’s history.");
        return "redirect:/directory/posts/" + id;
    }

    @GetMapping("/directory/posts/{id}/cover/{termId}/end")
    @PreAuthorize("hasRole('ADMIN')")
    String endCoverForm(@PathVariable long id, @PathVariable long termId, Model model) {
        return endForm(post(id), term(posts.covers(id), termId), true, model);
    }

    @PostMapping("/directory/posts/{id}/cover/{termId}/end")
    @PreAuthorize("hasRole('ADMIN')")
    String endCover(
            @PathVariable long id,
            @PathVariable long termId,
            @ModelAttribute("form") EndDateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Posts.Post post = post(id);
        Posts.Term term = term(posts.covers(id), termId);
        LocalDate lastDay =
                endDateFormValidator.check(form, "Enter the last day of the cover", term.startsOn(), errors);
        if (lastDay == null) {
            return endPage(post, term, true, model);
        }
        assignments.endCover(id, termId, lastDay);
        redirect.addFlashAttribute(
                "success", term.name() + "’s cover of " + post.title() + " ends on " + Dates.format(lastDay));
        return "redirect:/directory/posts/" + id;
    }

    private String endForm(Posts.Post post, Posts.Term term, boolean cover, Model model) {
        LocalDate today = dates.today();
        model.addAttribute(
                "form",
                EndDateForm.of(
                        term.endsOn() != null
                                ? term.endsOn()
                                : today.isBefore(term.startsOn()) ? term.startsOn() : today));
        return endPage(post, term, cover, model);
    }

    private String endPage(Posts.Post post, Posts.Term term, boolean cover, Model model) {
        model.addAttribute("post", post);
        model.addAttribute("term", term);
        model.addAttribute("cover", cover);
        return "directory/contacts/end";
    }

    private Posts.Post post(long id) {
        return posts.post(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Posts.Term term(List<Posts.Term> terms, long id) {
        return terms.stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
