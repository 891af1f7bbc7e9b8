package uk.headsup.recognition.internal.applications.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.EvidenceLinkForm;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.AssessorDesk;
import uk.headsup.recognition.internal.applications.EvaluationSummary;
import uk.headsup.recognition.internal.applications.web.ApplicationAccess.Reason;
import uk.headsup.recognition.internal.applications.web.ApplicationAccess.Seen;

/**
 * The self-evaluation page: the toolkit's standards with the answers, strengths and areas for development, the
 * evidence tagged to each standard and its forms, the assessor's feedback and the specialist's comments. Shown by the
 * answers' controller and by the evidence controller after a refused link or file.
 */
@Component
class SelfEvaluationPage {

    private final Frameworks frameworks;
    private final Responses responses;
    private final AssessorDesk assessment;

    SelfEvaluationPage(Frameworks frameworks, Responses responses, AssessorDesk assessment) {
        this.frameworks = frameworks;
        this.responses = responses;
        this.assessment = assessment;
    }

    String render(Seen seen, Model model, List<String> problems) {
        Application a = seen.app();
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        Response response = responses.find(a.responseId()).orElseThrow();
        Map<String, Answer> answers = responses.answers(a.responseId());
        model.addAttribute("app", a);
        model.addAttribute("framework", framework);
        model.addAttribute("answers", answers);
        model.addAttribute("summary", EvaluationSummary.of(framework, answers));
        model.addAttribute("editable", seen.mayEdit() && response.editable());
        model.addAttribute("whyLocked", response.whyLocked());
        List<Responses.Feedback> feedback = responses.feedback(a.responseId());
        List<AssessorDesk.Comment> comments = assessment.comments(a.id());
        model.addAttribute("feedback", feedback);
        model.addAttribute(
                "feedbackBy",
                feedback.stream()
                        .filter(f -> f.standard() != null)
                        .collect(Collectors.groupingBy(Responses.Feedback::standard)));
        model.addAttribute("comments", comments);
        model.addAttribute(
                "commentsBy",
                comments.stream()
                        .filter(c -> c.standard() != null)
                        .collect(Collectors.groupingBy(AssessorDesk.Comment::standard)));
        List<Responses.Evidence> evidence = responses.evidence(a.responseId());
        Map<String, List<Responses.Evidence>> evidenceBy = new HashMap<>();
        evidence.forEach(e -> e.standards()
                .forEach(s ->
                        evidenceBy.computeIfAbsent(s, k -> new ArrayList<>()).add(e)));
        model.addAttribute("evidence", evidence);
        model.addAttribute("evidenceBy", evidenceBy);
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", EvidenceLinkForm.empty());
        }
        model.addAttribute("commenting", seen.is(Reason.SPECIALIST) || seen.is(Reason.ASSESSOR));
        model.addAttribute("problems", problems);
        return "recognition/self-evaluation";
    }
}
