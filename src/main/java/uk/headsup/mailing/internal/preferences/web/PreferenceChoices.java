package uk.headsup.mailing.internal.preferences.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.headsup.mailing.Topic;
import uk.headsup.mailing.internal.preferences.Topics;

/**
 * The preference centre's choices (series, sections of interest, promotions) for one address: the page that shows
 * them and the save, the same whether reached by an emailed link or from a signed-in person's account.
 */
@Component
public class PreferenceChoices {

    /** The topics as checkboxes: {@code wanted} holds the keys of those left on. */
    public record PreferencesForm(Set<String> wanted) {
        public PreferencesForm {
            wanted = wanted == null ? Set.of() : Set.copyOf(wanted);
        }
    }

    record TopicOption(String value, String label, String description) {}

    record TopicGroup(String id, String legend, String hint, List<TopicOption> options) {}

    private final Topics topics;

    PreferenceChoices(Topics topics) {
        this.topics = topics;
    }

    /**
     * The preference page for this address, its boxes ticked as they stand.
     *
     * @param back where a "Back" link leads (the account page), or null for none
     */
    public String page(Model model, String email, boolean saved, String back) {
        Set<String> wanted = new HashSet<>();
        List<Topic> all = topics.all();
        all.forEach(t -> wanted.add(t.key()));
        wanted.removeAll(topics.unwanted(email));
        model.addAttribute("email", email);
        model.addAttribute("form", new PreferencesForm(wanted));
        model.addAttribute("saved", saved);
        model.addAttribute("back", back);
        model.addAttribute(
                "groups",
                List.of(
                        new TopicGroup("series", "Bulletins and briefings", null, options(all, Topic.Kind.SERIES)),
                        new TopicGroup(
                                "sections",
                                "Sections of interest",
                                "Articles of the sections you untick are left out of bulletins, unless they are essential.",
                                options(all, Topic.Kind.SECTION)),
                        new TopicGroup(
                                "marketing",
                                "Promotions",
                                "Such as paid training courses.",
                                options(all, Topic.Kind.MARKETING))));
        return "mailing/preferences";
    }

    /** Turns off every topic the form left unticked, and on every one it ticked. */
    public void save(String email, PreferencesForm form) {
        Set<String> unwanted = new HashSet<>();
        topics.all().forEach(t -> unwanted.add(t.key()));
        unwanted.removeAll(form.wanted());
        topics.setUnwanted(email, unwanted);
    }

    private static List<TopicOption> options(List<Topic> topics, Topic.Kind kind) {
        return topics.stream()
                .filter(t -> t.kind() == kind)
                .map(t -> new TopicOption(t.key(), t.name(), t.description()))
                .toList();
    }
}
