package uk.headsup.recognition.internal.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.RatingScale;

/**
 * Strengths and areas for development as the answers come in: a standard rated at the top of its scale (green) is a
 * strength, one rated lower (amber or red) an area for development, shown with the toolkit's ideas for support.
 */
public record EvaluationSummary(List<Item> strengths, List<Item> areas, int answered, int standards) {

    /** One standard, its rating's words and the toolkit's ideas for support. */
    public record Item(String number, String statement, String rating, List<Framework.Link> ideas) {}

    public static EvaluationSummary of(Framework framework, Map<String, Answer> answers) {
        List<Item> strengths = new ArrayList<>();
        List<Item> areas = new ArrayList<>();
        int answered = 0;
        for (Framework.Standard s : framework.standards()) {
            Answer answer = answers.get(s.number());
            if (answer == null || answer.rating() == null) {
                continue;
            }
            answered++;
            RatingScale scale = framework.scaleOf(s);
            RatingScale.Rating rating = scale.rating(answer.rating()).orElse(null);
            if (rating == null || rating.notApplicable()) {
                continue;
            }
            Item item = new Item(s.number(), s.statement(), rating.label(), s.links());
            if ("green".equals(rating.tone())) {
                strengths.add(item);
            } else {
                areas.add(item);
            }
        }
        return new EvaluationSummary(
                strengths, areas, answered, framework.standards().size());
    }
}
