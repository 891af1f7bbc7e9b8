package uk.headsup.accounts.internal.home.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.headsup.accounts.HomeCards;
import uk.headsup.accounts.HomeCards.HomeCard;
import uk.headsup.accounts.SignInHint;
import uk.headsup.accounts.internal.CurrentUsers;
import uk.headsup.platform.ActionDue;
import uk.headsup.platform.ActionsDue;

/** The front page: what Heads Up is and how to sign in, or, once signed in, where to go. */
@Controller
class HomeController {

    private final ObjectProvider<SignInHint.Source> hints;
    private final ObjectProvider<ActionsDue> actions;
    private final ObjectProvider<HomeCards> cards;

    HomeController(
            ObjectProvider<SignInHint.Source> hints,
            ObjectProvider<ActionsDue> actions,
            ObjectProvider<HomeCards> cards) {
        this.hints = hints;
        this.actions = actions;
        this.cards = cards;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        var user = CurrentUsers.from(authentication);
        if (user.isEmpty()) {
            model.addAttribute(
                    "hints",
                    hints.orderedStream().flatMap(s -> s.hints().stream()).toList());
            return "home";
        }
        // Cards of the modules with pages for this user, grouped under their headings in the order offered.
        Map<String, List<HomeCard>> moduleCards = cards.orderedStream()
                .flatMap(c -> c.homeCards(user.get()).stream())
                .collect(Collectors.groupingBy(HomeCard::heading, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("moduleCards", moduleCards);
        if (user.get().authorityStaff()) {
            return "accounts/home-authority";
        }
        // What needs their attention, from every module that asks school users to do things by a date.
        List<ActionDue> all = actions.orderedStream()
                .flatMap(a -> a.actionsDue(user.get().email()).stream())
                .toList();
        model.addAttribute(
                "actionsDue",
                shownOnce(all).stream()
                        .sorted(Comparator.comparing(ActionDue::due, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList());
        // One link per module's list, named by where its items came from: two links with the same words and
        // different destinations would leave a reader guessing.
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        all.forEach(a -> sources.computeIfAbsent(a.manageLink(), k -> new LinkedHashSet<>())
                .add(a.source()));
        model.addAttribute(
                "actionLists",
                sources.entrySet().stream()
                        .map(e -> new ActionList(e.getKey(), listed(List.copyOf(e.getValue()))))
                        .toList());
        return "accounts/home-school";
    }

    /**
     * The open items, each thing asked once: a general ask that leads to the page where another module lists its own
     * open items for the reader (a bulletin's "Complete the safeguarding audit" leading to the audit's list of this
     * school's returns) is shown through those items, which say more; it stays on its own module's list.
     */
    static List<ActionDue> shownOnce(List<ActionDue> all) {
        List<ActionDue> open = all.stream().filter(ActionDue::open).toList();
        return open.stream()
                .filter(item -> open.stream()
                        .noneMatch(other -> other != item
                                && item.link() != null
                                && item.link().startsWith("/")
                                && item.link().equals(other.manageLink())
                                && !item.link().equals(other.link())))
                .toList();
    }

    /** A page listing everything one module asked of the reader, and where those asks came from. */
    record ActionList(String link, String sources) {}

    /** "Heads Up 1", "Heads Up 1 and Heads Up 2", "Heads Up 1, Heads Up 2 and Heads Up 3". */
    static String listed(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
