package uk.headsup.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Requests for the same event on this node, decided together. Each request joins its event's lane and waits for
 * the lane; whichever thread gets it takes everything queued so far (at most {@code max}), in the order the
 * requests arrived, and decides them in one go; the others then find their answer ready. So a rush for one event
 * takes the event's row lock and pays for a commit once per batch instead of once per request, while requests for
 * different events never wait for each other. No threads of its own: the work runs on a requester's thread.
 */
public final class Lanes<T, R> {

    /** One request and, once decided, its answer or the reason it failed. */
    public static final class Ticket<T, R> {
        public final T request;
        private boolean decided;
        private R answer;
        private RuntimeException failure;

        Ticket(T request) {
            this.request = request;
        }

        public void answer(R value) {
            answer = value;
            decided = true;
        }

        public void fail(RuntimeException reason) {
            failure = reason;
            decided = true;
        }

        boolean decided() {
            return decided;
        }
    }

    private static final class Lane<T, R> {
        final ReentrantLock turn = new ReentrantLock();
        final Queue<Ticket<T, R>> queue = new ConcurrentLinkedQueue<>();
    }

    private final ConcurrentHashMap<Long, Lane<T, R>> lanes = new ConcurrentHashMap<>();
    private final int max;
    private final Consumer<List<Ticket<T, R>>> decide;

    /**
     * @param decide answers or fails every ticket of a batch (all for one key, in arrival order); an exception it
     *     throws fails the tickets it left undecided
     */
    public Lanes(int max, Consumer<List<Ticket<T, R>>> decide) {
        this.max = max;
        this.decide = decide;
    }

    /** Decides the request with others queued for the same key; returns its answer or throws its failure. */
    public R submit(long key, T request) {
        Ticket<T, R> ticket = new Ticket<>(request);
        Lane<T, R> lane = lanes.computeIfAbsent(key, k -> new Lane<>());
        lane.queue.add(ticket);
        while (true) {
            lane.turn.lock();
            try {
                if (!ticket.decided()) {
                    run(lane);
                }
                if (ticket.decided()) {
                    if (lane.queue.isEmpty()) {
                        // A request that still holds this lane after it is removed decides itself on it: no harm.
                        lanes.remove(key, lane);
                    }
                    break;
                }
            } finally {
                lane.turn.unlock();
            }
        }
        if (ticket.failure != null) {
            throw ticket.failure;
        }
        return ticket.answer;
    }

    private void run(Lane<T, R> lane) {
        List<Ticket<T, R>> batch = new ArrayList<>();
        for (Ticket<T, R> next; batch.size() < max && (next = lane.queue.poll()) != null; ) {
            batch.add(next);
        }
        try {
            decide.accept(batch);
        } catch (RuntimeException e) {
            batch.stream().filter(t -> !t.decided()).forEach(t -> t.fail(e));
        } finally {
            batch.stream()
                    .filter(t -> !t.decided())
                    .forEach(t -> t.fail(new IllegalStateException("A booking request was left undecided")));
        }
    }
}
