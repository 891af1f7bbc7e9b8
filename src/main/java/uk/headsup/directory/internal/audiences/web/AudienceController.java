package uk.headsup.directory.internal.audiences.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.directory.internal.OrganisationSearch;

/** Try an audience before using it: how many people it reaches, and where it reaches nobody. */
@Controller
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class AudienceController {

    private final Directory directory;
    private final OrganisationSearch search;
    private final Clock clock;

    AudienceController(Directory directory, OrganisationSearch search, Clock clock) {
        this.directory = directory;
        this.search = search;
        this.clock = clock;
    }

    record Choice(String value, String label, String description) {}

    @GetMapping("/directory/audiences")
    String preview(@ModelAttribute("form") AudienceForm form, BindingResult errors, Model model) {
        model.addAttribute(
                "roleChoices",
                Stream.of(OrganisationRole.values())
                        .map(r -> new Choice(r.name(), r.label(), null))
                        .toList());
        model.addAttribute(
                "phaseChoices",
                Stream.of(Phase.values())
                        .map(p -> new Choice(p.name(), p.label(), null))
                        .toList());
        model.addAttribute(
                "kindChoices",
                Stream.of(OrganisationKind.SCHOOL, OrganisationKind.EARLY_YEARS_SETTING, OrganisationKind.CHILDMINDER)
                        .map(k -> new Choice(k.name(), k.label(), null))
                        .toList());
        model.addAttribute("districtChoices", choices(search.districts()));
        model.addAttribute("clusterChoices", choices(search.clusters()));
        model.addAttribute("trustChoices", choices(search.trusts()));
        if (!form.isEmpty() && !errors.hasErrors()) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
            model.addAttribute("reach", directory.reach(form.audience(), today));
            model.addAttribute(
                    "members",
                    directory.members(form.audience(), today).stream()
                            .limit(100)
                            .toList());
        }
        return "directory/audiences";
    }

    private static List<Choice> choices(List<OrganisationSearch.Option> options) {
        return options.stream().map(o -> new Choice(o.value(), o.label(), null)).toList();
    }
}
