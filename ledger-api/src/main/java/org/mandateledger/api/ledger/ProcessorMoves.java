package org.mandateledger.api.ledger;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Tells whoever waits for the read models that the ledger processor has moved. The processor calls
 * {@link #moved()} each time its status changes (after a batch commits, so what it handled is
 * readable); a request waiting to read its own write wakes then, rather than on a polling cycle.
 * Nothing here knows about positions: waiters look again at {@link ProjectionProgress} when woken.
 */
@Component
public class ProcessorMoves {

    private final Object lock = new Object();
    private long moves;

    /** The processor has moved: wakes every waiter. */
    public void moved() {
        synchronized (lock) {
            moves++;
            lock.notifyAll();
        }
    }

    /** How many moves there have been; read before looking, passed to {@link #awaitAfter} after. */
    public long count() {
        synchronized (lock) {
            return moves;
        }
    }

    /**
     * Waits until there has been a move since {@code seen} (returns at once if there has been one
     * already, so a move between looking and waiting is never missed), or for {@code atMost}.
     */
    public void awaitAfter(long seen, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (lock) {
            while (moves == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                lock.wait(Math.max(1, left / 1_000_000), 0);
            }
        }
    }
}
