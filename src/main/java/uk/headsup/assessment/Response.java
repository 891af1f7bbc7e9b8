package uk.headsup.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response to one framework version by one owner, and the rules of its states: answers change only while it is in
 * progress or returned for changes; it is submitted only with every statutory standard that applies answered and an
 * action for every rating that needs one; the authority returns it or accepts it.
 */
public record Response(
        long id,
        long versionId,
        Owner owner,
        State state,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        Instant submittedAt) {

    public enum State {
        IN_PROGRESS("In progress"),
        SUBMITTED("Submitted"),
        RETURNED("Returned for changes"),
        ACCEPTED("Accepted");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean editable() {
        return state == State.IN_PROGRESS || state == State.RETURNED;
    }

    /** Why its answers cannot change now, in words for school staff; empty if they can. */
    public String whyLocked() {
        return switch (state) {
            case IN_PROGRESS, RETURNED -> "";
            case SUBMITTED -> "It has been submitted, so it can no longer be changed unless it is returned to you.";
            case ACCEPTED -> "It has been accepted by the authority, so it can no longer be changed.";
        };
    }

    /** What stops it being submitted, standard by standard, in the framework's order; empty if nothing does. */
    public List<SubmitProblem> problems(
            Framework framework, Map<String, Answer> answers, Map<String, Integer> actions) {
        List<SubmitProblem> problems = new ArrayList<>();
        if (!editable()) {
            problems.add(new SubmitProblem(null, whyLocked()));
            return problems;
        }
        for (Framework.Standard s : framework.standards()) {
            if (!s.appliesTo(owner.type())) {
                continue;
            }
            Answer answer = answers.get(s.number());
            boolean rated = answer != null && answer.rating() != null;
            if (s.statutory() && !rated) {
                problems.add(new SubmitProblem(s.number(), "Rate standard " + s.number() + ": " + s.statement()));
            }
            if (rated
                    && framework
                            .scaleOf(s)
                            .rating(answer.rating())
                            .map(RatingScale.Rating::needsAction)
                            .orElse(false)
                    && actions.getOrDefault(s.number(), 0) == 0) {
                problems.add(new SubmitProblem(
                        s.number(), "Add an action for standard " + s.number() + ": it is rated " + answer.rating()));
            }
        }
        return problems;
    }

    public State submitted() {
        requireState(State.IN_PROGRESS, State.RETURNED);
        return State.SUBMITTED;
    }

    public State returned() {
        requireState(State.SUBMITTED);
        return State.RETURNED;
    }

    public State accepted() {
        requireState(State.SUBMITTED);
        return State.ACCEPTED;
    }

    private void requireState(State... allowed) {
        for (State s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new ResponseLocked(this);
    }

    /** @param standard the standard at fault, or null for the response as a whole */
    public record SubmitProblem(String standard, String message) {}

    /** The response is not in a state that allows this. */
    public static class ResponseLocked extends RuntimeException {
        public ResponseLocked(Response response) {
            super(
                    response.whyLocked().isEmpty()
                            ? "The response is " + response.state().label().toLowerCase()
                            : response.whyLocked());
        }
    }
}
