package uk.headsup.recognition.internal.awards;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many changes to awards this node has committed: a copy of {@link Awards#stamp()} kept in memory is dropped when
 * the count moves. Apart from {@link Awards} (which is transactional: every call through it would begin and end a
 * transaction, a pooled connection and all) because the public register's page cache reads it on every request.
 */
@Component
public class AwardChanges {

    private final AtomicLong committed = new AtomicLong();

    /** The count so far; it moves once each change commits. */
    public long count() {
        return committed.get();
    }

    /** A change to awards: counted when its transaction commits (at once outside one). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.incrementAndGet();
                }
            });
        } else {
            committed.incrementAndGet();
        }
    }
}
