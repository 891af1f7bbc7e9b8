package uk.headsup.accounts.internal.administration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A person's open sessions, on every node (they live in the database). Ended when an administrator changes their
 * roles or deactivates their account, so that what was taken away stops working on their next request rather than
 * when the session would have timed out, eight hours later. They sign in again with what they now hold.
 */
@Component
public class SignedInSessions {

    /** Absent where Heads Up runs without its web side (a command such as {@code import-gias}): no sessions then. */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Call after the change has committed: each deletion is a transaction of its own. */
    public void endAllOf(String email) {
        sessions.ifAvailable(
                repository -> repository.findByPrincipalName(email).keySet().forEach(repository::deleteById));
    }
}
