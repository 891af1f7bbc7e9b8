package uk.headsup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.support.HeadsUpIntegrationTest;

@HeadsUpIntegrationTest
class AssessmentEngineIT {

    @Autowired
    Frameworks frameworks;

    @Autowired
    Responses responses;

    @Autowired
    JdbcClient jdbc;

    private final Actor ann = new Actor("ann@oak.example", "Ann Lee");
    private final Actor bob = new Actor("bob@oak.example", "Bob Ray");

    private String key() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void aVersionFreezesWhenAResponseUsesItAndNextYearIsACopyWithItsChanges() {
        FrameworkVersion v1 = frameworks.add(key(), FrameworkJsonTest.aFramework(), "lead@county.example");
        assertThat(v1.frozen()).isFalse();

        responses.start(Owner.organisation(-1, "Oak", OrganisationType.ACADEMY), v1.id(), ann);

        assertThat(frameworks.version(v1.id()).orElseThrow().frozen()).isTrue();
        assertThatThrownBy(() -> frameworks.revise(v1.id(), FrameworkJsonTest.aFramework()))
                .isInstanceOf(Frameworks.FrameworkFrozen.class);

        FrameworkVersion v2 = frameworks.copy(v1.id(), "lead@county.example");
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.copiedFrom()).isEqualTo(v1.id());
        Framework f = v2.framework();
        Framework changed = new Framework("Safeguarding audit 2027", f.scales(), f.sections());
        frameworks.revise(v2.id(), changed);
        assertThat(frameworks.version(v2.id()).orElseThrow().title()).isEqualTo("Safeguarding audit 2027");
        assertThat(frameworks.changes(v1.id(), v2.id())).isEmpty();
    }

    @Test
    void twoColleaguesEditingOneAnswerLoseNeitherText() {
        FrameworkVersion v = frameworks.add(key(), FrameworkJsonTest.aFramework(), "lead@county.example");
        Response r = responses.start(Owner.organisation(-2, "Ash", OrganisationType.ACADEMY), v.id(), ann);

        Answer.Saved first = responses.save(r.id(), new Answer.Edit("1.1", 0, "amber", "Ann's notes", Map.of()), ann);
        Answer.Saved second = responses.save(r.id(), new Answer.Edit("1.1", 0, "green", "Bob's notes", Map.of()), bob);

        assertThat(first).isInstanceOf(Answer.Stored.class);
        assertThat(second).isInstanceOfSatisfying(Answer.Conflict.class, c -> {
            assertThat(c.theirs().narrative()).isEqualTo("Ann's notes");
            assertThat(c.theirs().updatedByName()).isEqualTo("Ann Lee");
        });
        assertThat(responses.answers(r.id()).get("1.1").narrative()).isEqualTo("Ann's notes");

        // Bob chooses to keep his, starting from Ann's revision: now it is stored, and the log has both saves.
        int theirs = ((Answer.Conflict) second).theirs().revision();
        assertThat(responses.save(r.id(), new Answer.Edit("1.1", theirs, "green", "Bob's notes", Map.of()), bob))
                .isInstanceOf(Answer.Stored.class);
        assertThat(responses.answers(r.id()).get("1.1").narrative()).isEqualTo("Bob's notes");
        assertThat(responses.log(r.id()))
                .extracting(Responses.LogEntry::what)
                .contains(
                        "Saved the answer: rating none \u2192 amber; narrative changed",
                        "Saved the answer: rating" + " amber \u2192 green; narrative changed");
    }

    @Test
    void submittingNeedsStatutoryAnswersAndActionsForReds_thenTheReviewReturnsIt() {
        FrameworkVersion v = frameworks.add(key(), FrameworkJsonTest.aFramework(), "lead@county.example");
        Response r = responses.start(Owner.organisation(-3, "Elm", OrganisationType.MAINTAINED_SCHOOL), v.id(), ann);

        assertThat(responses.submit(r.id(), ann))
                .extracting(Response.SubmitProblem::standard)
                .containsExactly("1.1");
        responses.save(r.id(), new Answer.Edit("1.1", 0, "red", "No review yet", Map.of()), ann);
        assertThat(responses.submit(r.id(), ann))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Add an action"));
        responses.addAction(
                r.id(), "1.1", "Governors review", "Chair", LocalDate.now().plusMonths(1), ann);

        assertThat(responses.submit(r.id(), ann)).isEmpty();
        assertThatThrownBy(() -> responses.save(r.id(), new Answer.Edit("1.1", 1, "green", "x", Map.of()), ann))
                .isInstanceOf(Response.ResponseLocked.class)
                .hasMessageContaining("submitted");

        responses.returnForChanges(r.id(), "Nearly there", Map.of("1.1", "Say when"), bob);
        assertThat(responses.find(r.id()).orElseThrow().state()).isEqualTo(Response.State.RETURNED);
        assertThat(responses.feedback(r.id()))
                .extracting(Responses.Feedback::standard, Responses.Feedback::text)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(null, "Nearly there"),
                        org.assertj.core.groups.Tuple.tuple("1.1", "Say when"));
        assertThat(responses.answers(r.id()).get("1.1").narrative()).isEqualTo("No review yet");
    }

    @Test
    void evidenceIsTaggedToSeveralStandardsAndAProgramIsRefused() {
        FrameworkVersion v = frameworks.add(key(), FrameworkJsonTest.aFramework(), "lead@county.example");
        Response r = responses.start(Owner.organisation(-4, "Yew", OrganisationType.ACADEMY), v.id(), ann);

        responses.addLink(r.id(), "Policy", "https://oak.example/policy", List.of("1.1", "1.2"), ann);
        assertThatThrownBy(() -> responses.addFile(r.id(), "policy.pdf", "MZ\u0090".getBytes(), List.of("1.1"), ann))
                .isInstanceOf(Responses.EvidenceRefused.class)
                .hasMessageContaining("must be a PDF");

        assertThat(responses.evidence(r.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.standards()).containsExactly("1.1", "1.2"));
    }

    @Test
    void aMalformedImportSavesNothing() {
        String key = key();
        String json = FrameworkJson.write(FrameworkJsonTest.aFramework()).replace("\"met\"", "\"stars\"");

        assertThatThrownBy(() -> frameworks.importJson(key, json, "lead@county.example"))
                .isInstanceOf(MalformedFramework.class);
        assertThat(frameworks.versions(key)).isEmpty();

        FrameworkVersion imported =
                frameworks.importJson(key, FrameworkJson.write(FrameworkJsonTest.aFramework()), "lead@county.example");
        assertThat(frameworks.exportJson(imported.id())).isEqualTo(FrameworkJson.write(FrameworkJsonTest.aFramework()));
    }
}
