package uk.headsup.safeguarding.internal.returns.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.RatingScale;
import uk.headsup.events.EventCard;

/**
 * The return section by section: how far each is answered, what in it still needs an action, where feedback is. The
 * return's overview lists these; each section has a page of its own.
 */
final class ReturnSections {

    private ReturnSections() {}

    /**
     * One section's progress, counted over the standards that apply to the school.
     *
     * @param needingAction standards rated red (or below what is expected) that have no action yet
     * @param feedback standards with the authority's feedback
     */
    record Progress(Framework.Section section, int answered, int applicable, int needingAction, int feedback) {

        /** "Not started", "In progress" or "Answered", as the GOV.UK task list says it. */
        public String status() {
            return answered == 0 ? "Not started" : answered < applicable ? "In progress" : "Answered";
        }

        public String colour() {
            return answered == 0 ? "grey" : answered < applicable ? "light-blue" : "green";
        }

        public String counted() {
            return answered + " of " + applicable + " answered";
        }
    }

    static List<Progress> progress(
            Framework framework,
            Framework.OrganisationType type,
            Map<String, Answer> answers,
            Map<String, ? extends List<?>> actions,
            Map<String, ? extends List<?>> feedback) {
        List<String> needing = needingAction(framework, answers, actions);
        List<Progress> all = new ArrayList<>();
        for (Framework.Section section : framework.sections()) {
            int answered = 0;
            int applicable = 0;
            int needingAction = 0;
            int withFeedback = 0;
            for (Framework.Standard s : section.standards()) {
                if (feedback.containsKey(s.number())) {
                    withFeedback++;
                }
                if (!s.appliesTo(type)) {
                    continue;
                }
                applicable++;
                Answer a = answers.get(s.number());
                if (a != null && a.rating() != null) {
                    answered++;
                }
                if (needing.contains(s.number())) {
                    needingAction++;
                }
            }
            all.add(new Progress(section, answered, applicable, needingAction, withFeedback));
        }
        return all;
    }

    /** The standards whose rating needs an action and that have none in {@code actions}, in the framework's order. */
    static List<String> needingAction(
            Framework framework, Map<String, Answer> answers, Map<String, ? extends List<?>> actions) {
        List<String> needing = new ArrayList<>();
        for (Framework.Standard s : framework.standards()) {
            Answer a = answers.get(s.number());
            if (a != null
                    && !actions.containsKey(s.number())
                    && framework
                            .scaleOf(s)
                            .rating(a.rating())
                            .map(RatingScale.Rating::needsAction)
                            .orElse(false)) {
                needing.add(s.number());
            }
        }
        return needing;
    }

    /** Each standard's number to its section's number. */
    static Map<String, String> sectionOf(Framework framework) {
        Map<String, String> of = new LinkedHashMap<>();
        framework.sections().forEach(section -> section.standards().forEach(s -> of.put(s.number(), section.number())));
        return of;
    }

    /** A course offered on standards the school rated red or amber, once, with those standards. */
    record Course(EventCard card, List<String> standards) {}

    /** The courses offered on the return's red and amber standards, each course once. */
    static List<Course> courses(Map<String, List<EventCard>> offer) {
        Map<String, Course> byCourse = new LinkedHashMap<>();
        offer.forEach((standard, cards) ->
                cards.forEach(c -> byCourse.computeIfAbsent(c.bookingUrl(), k -> new Course(c, new ArrayList<>()))
                        .standards()
                        .add(standard)));
        return List.copyOf(byCourse.values());
    }
}
