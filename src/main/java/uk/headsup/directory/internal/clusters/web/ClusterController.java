package uk.headsup.directory.internal.clusters.web;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.internal.Clusters;
import uk.headsup.directory.internal.OrganisationDetails;
import uk.headsup.directory.internal.OrganisationSearch;
import uk.headsup.directory.internal.organisations.web.FilterLists;

/** Administrators and schemes officers define clusters and consortia and choose their members. */
@Controller
@RequestMapping("/directory/clusters")
@PreAuthorize("hasAnyRole('ADMIN', 'SCHEMES_OFFICER')")
class ClusterController {

    private final Clusters clusters;
    private final OrganisationSearch search;
    private final OrganisationDetails details;
    private final FilterLists filterLists;

    ClusterController(
            Clusters clusters, OrganisationSearch search, OrganisationDetails details, FilterLists filterLists) {
        this.clusters = clusters;
        this.search = search;
        this.details = details;
        this.filterLists = filterLists;
    }

    /** A new cluster's name. */
    public static class NewCluster {
        private String name = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name.trim();
        }
    }

    /** A school or setting to add, by URN. */
    public static class NewMember {
        private String urn = "";

        public String getUrn() {
            return urn;
        }

        public void setUrn(String urn) {
            this.urn = urn == null ? "" : urn.trim();
        }
    }

    @GetMapping
    String list(@ModelAttribute("form") NewCluster form, Model model) {
        model.addAttribute("clusters", search.clusters());
        return "directory/clusters";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") NewCluster form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.getName().isEmpty()) {
            errors.rejectValue("name", "required", "Enter a name for the cluster");
        } else if (form.getName().length() > 120) {
            errors.rejectValue("name", "length", "Name must be 120 characters or fewer");
        } else if (clusters.nameTaken(form.getName())) {
            errors.rejectValue("name", "taken", "There is already a cluster called " + form.getName());
        }
        if (errors.hasErrors()) {
            model.addAttribute("clusters", search.clusters());
            return "directory/clusters";
        }
        long id = clusters.create(form.getName());
        filterLists.forget();
        redirect.addFlashAttribute("success", "Cluster ‘" + form.getName() + "’ created: add its members");
        return "redirect:/directory/clusters/" + id;
    }

    @GetMapping("/{id}")
    String cluster(@PathVariable long id, @ModelAttribute("form") NewMember form, Model model) {
        return show(id, model);
    }

    @PostMapping("/{id}/members")
    String addMember(
            @PathVariable long id,
            @ModelAttribute("form") NewMember form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        cluster(id);
        var member = form.getUrn().isEmpty() ? Optional.<Long>empty() : clusters.establishment(form.getUrn());
        if (form.getUrn().isEmpty()) {
            errors.rejectValue("urn", "required", "Enter the URN of a school or setting");
        } else if (member.isEmpty()) {
            errors.rejectValue("urn", "unknown", "There is no school or setting with URN " + form.getUrn());
        } else if (!clusters.add(id, member.get())) {
            errors.rejectValue("urn", "member", "That school or setting is already a member");
        }
        if (errors.hasErrors()) {
            return show(id, model);
        }
        redirect.addFlashAttribute(
                "success", details.find(member.get()).orElseThrow().name() + " added");
        return "redirect:/directory/clusters/" + id;
    }

    @PostMapping("/{id}/members/{organisationId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long organisationId, RedirectAttributes redirect) {
        cluster(id);
        clusters.remove(id, organisationId);
        details.find(organisationId).ifPresent(o -> redirect.addFlashAttribute("success", o.name() + " removed"));
        return "redirect:/directory/clusters/" + id;
    }

    private String show(long id, Model model) {
        OrganisationDetails.Organisation cluster = cluster(id);
        model.addAttribute("cluster", cluster);
        model.addAttribute("members", details.membersOf(cluster));
        return "directory/cluster";
    }

    private OrganisationDetails.Organisation cluster(long id) {
        return details.find(id)
                .filter(o -> o.kind() == OrganisationKind.CLUSTER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
