package org.mandateledger.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A request reading its own write is woken by the processor's move, and never misses one that
 * happens between its looking and its waiting. (Each wait below is a minute: the tests pass only
 * by being woken, and fail by timeout if a wake-up is lost.)
 */
class ProcessorMovesTest {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_move_between_looking_and_waiting_is_not_missed() throws InterruptedException {
        ProcessorMoves moves = new ProcessorMoves();
        long seen = moves.count();
        moves.moved();

        moves.awaitAfter(seen, A_MINUTE);

        assertThat(moves.count()).isEqualTo(seen + 1);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_waiter_wakes_when_the_processor_moves() throws InterruptedException {
        ProcessorMoves moves = new ProcessorMoves();
        long seen = moves.count();
        Thread waiter = new Thread(() -> {
            try {
                moves.awaitAfter(seen, A_MINUTE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }

        moves.moved();

        waiter.join(Duration.ofSeconds(10).toMillis());
        assertThat(waiter.isAlive()).as("still waiting after the move").isFalse();
    }
}
