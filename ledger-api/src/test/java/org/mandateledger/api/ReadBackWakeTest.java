package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import org.junit.jupiter.api.Test;
import org.mandateledger.api.ledger.ProcessorMoves;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read models' processor, as configured in the service, wakes requests waiting to read their own
 * writes each time it moves (ProcessorMoves), rather than leaving them to a polling cycle.
 */
class ReadBackWakeTest extends LedgerServiceTest {

    @Autowired
    ProcessorMoves moves;

    @Test
    void the_read_models_processor_tells_waiting_requests_each_time_it_handles_a_write() {
        // Each write moves the processor's position; a change of state alone (catching up at start) is not enough.
        for (int write = 1; write <= 3; write++) {
            long before = moves.count();

            LedgerHttp.Answer answer = http.put("registrar", "/api/v1/topics/wake-on-move-" + write, body("title", "Woken " + write));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.json().get("title").asString()).as("read back from the read models").isEqualTo("Woken " + write);
            // The processor tells of its move just after the status the request saw: allow it that moment.
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (moves.count() <= before && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(moves.count()).as("moves the processor announced while handling write " + write).isGreaterThan(before);
        }
    }
}
