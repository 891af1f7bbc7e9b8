package uk.headsup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.headsup.assessment.Framework.OrganisationType;

class ResponseRulesTest {

    private final Framework framework = FrameworkJsonTest.aFramework();

    static Response aResponse(Response.State state, OrganisationType type) {
        return new Response(
                1, 1, Owner.organisation(7, "Oak Primary", type), state, "dsl@oak.sch.uk", Instant.now(), null, null);
    }

    static Answer rated(String standard, String rating, int revision) {
        return new Answer(standard, rating, "notes", Map.of(), revision, "a@b", "A", Instant.now());
    }

    @Test
    void anUnansweredStatutoryStandardStopsSubmission() {
        Response response = aResponse(Response.State.IN_PROGRESS, OrganisationType.MAINTAINED_SCHOOL);

        assertThat(response.problems(framework, Map.of(), Map.of()))
                .extracting(Response.SubmitProblem::standard)
                .containsExactly("1.1");
        assertThat(response.problems(framework, Map.of("1.1", rated("1.1", "green", 1)), Map.of()))
                .isEmpty();
    }

    @Test
    void aRedNeedsAnAction() {
        Response response = aResponse(Response.State.IN_PROGRESS, OrganisationType.MAINTAINED_SCHOOL);
        Map<String, Answer> answers = Map.of("1.1", rated("1.1", "red", 1));

        assertThat(response.problems(framework, answers, Map.of()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Add an action for standard 1.1"));
        assertThat(response.problems(framework, answers, Map.of("1.1", 1))).isEmpty();
    }

    @Test
    void aStandardForAcademiesOnlyIsNotAskedOfAMaintainedSchool() {
        assertThat(framework.standard("1.2").orElseThrow().appliesTo(OrganisationType.MAINTAINED_SCHOOL))
                .isFalse();
        assertThat(framework.standard("1.2").orElseThrow().appliesTo(OrganisationType.ACADEMY))
                .isTrue();
    }

    @Test
    void onlyASubmittedResponseIsReturnedOrAccepted_andOnlyAnOpenOneSubmitted() {
        assertThat(aResponse(Response.State.SUBMITTED, null).returned()).isEqualTo(Response.State.RETURNED);
        assertThat(aResponse(Response.State.RETURNED, null).submitted()).isEqualTo(Response.State.SUBMITTED);
        assertThatThrownBy(() -> aResponse(Response.State.ACCEPTED, null).submitted())
                .isInstanceOf(Response.ResponseLocked.class)
                .hasMessageContaining("accepted");
        assertThatThrownBy(() -> aResponse(Response.State.IN_PROGRESS, null).accepted())
                .isInstanceOf(Response.ResponseLocked.class);
        assertThat(aResponse(Response.State.SUBMITTED, null).problems(framework, Map.of(), Map.of()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("submitted"));
    }

    @Test
    void anEditFromAnOlderRevisionIsAConflictNotAnOverwrite() {
        Answer saved = rated("1.1", "amber", 3);

        assertThat(saved.acceptsEditFrom(3)).isTrue();
        assertThat(saved.acceptsEditFrom(2)).isFalse();
        assertThat(AutosaveReply.of(new Answer.Conflict(saved))).satisfies(r -> {
            assertThat(r.conflict()).isTrue();
            assertThat(r.theirNarrative()).isEqualTo("notes");
            assertThat(r.revision()).isEqualTo(3);
        });
    }

    @Test
    void theChangesBetweenVersionsAreListedStandardByStandard() {
        Framework next = new Framework(
                framework.title(),
                List.of(),
                List.of(new Framework.Section(
                        "1",
                        "Leadership",
                        List.of(
                                new Framework.Standard(
                                        "1.1",
                                        "The governing body reviews safeguarding every year and minutes it",
                                        "See KCSIE part 2",
                                        framework.standard("1.1").orElseThrow().links(),
                                        framework.standard("1.1").orElseThrow().descriptors(),
                                        true,
                                        java.util.Set.of(),
                                        "rag",
                                        List.of()),
                                framework.standard("1.2").orElseThrow().equals(null)
                                        ? null
                                        : new Framework.Standard(
                                                "1.3", "New", null, null, null, false, null, "yes-no", null)))));

        assertThat(FrameworkChange.between(framework, next))
                .extracting(FrameworkChange::number, FrameworkChange::kind, FrameworkChange::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.1", FrameworkChange.Kind.CHANGED, List.of("statement")),
                        org.assertj.core.groups.Tuple.tuple("1.3", FrameworkChange.Kind.ADDED, List.of()),
                        org.assertj.core.groups.Tuple.tuple("1.2", FrameworkChange.Kind.REMOVED, List.of()));
    }
}
