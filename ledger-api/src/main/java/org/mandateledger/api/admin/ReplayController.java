package org.mandateledger.api.admin;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.mandateledger.api.ledger.EventStorePositions;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.ledger.StoredTokens;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.projections.LedgerProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/replay} rebuilds every read model from the event store: the {@code ledger}
 * processor is stopped, its token reset (every projection's reset handler empties its tables) and
 * started again, in the background; the answer is {@code 202} at once. Progress is at
 * {@code GET /admin/replay} and in the log every few seconds. Meanwhile a read sent with
 * {@code Ledger-Min-Position} waits for the rebuilt models to reach it. {@code ADMIN} only. With
 * several nodes, only the one holding the processor's segments can reset them; another answers
 * {@code 409 REPLAY_ON_ANOTHER_NODE} naming the holder.
 */
@RestController
@RequestMapping("/api/v1/admin")
class ReplayController {

    private static final Logger log = LoggerFactory.getLogger(ReplayController.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    /** {@code error} is why the last replay failed, if it did; the processor is started again either way. */
    record Processor(String name, long position, long head, boolean replaying, String error) {
    }

    record Progress(List<Processor> processors) {
    }

    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;
    private final EventStorePositions positions;
    private final StoredTokens storedTokens;
    private final ExecutorService replays = Executors.newSingleThreadExecutor(r -> new Thread(r, "ledger-replay"));
    /** From the request until the rebuilt read models have caught up with the event store. */
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile String lastError;
    /** Past this, progress is no longer awaited: a handler failing for ever must not keep every later replay refused. */
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(1);

    ReplayController(EventProcessingConfiguration processing, ProjectionProgress progress, EventStorePositions positions,
                     StoredTokens storedTokens) {
        this.processing = processing;
        this.progress = progress;
        this.positions = positions;
        this.storedTokens = storedTokens;
    }

    @PostMapping("/replay")
    ResponseEntity<Progress> replay() {
        StreamingEventProcessor processor = processor();
        long head = positions.head();
        if (processor.isReplaying() || !running.compareAndSet(false, true)) {
            throw DomainRuleViolation.conflict("REPLAY_IN_PROGRESS", "a replay is already in progress: see GET /api/v1/admin/replay");
        }
        if (processor.processingStatus().isEmpty()) {
            // Only the node holding the segments can reset them (Axon claims each token to reset it).
            List<String> holders = storedTokens.owners(LedgerProcessor.NAME);
            if (!holders.isEmpty()) {
                running.set(false);
                throw DomainRuleViolation.conflict("REPLAY_ON_ANOTHER_NODE", "the read models are kept by another node of this"
                        + " service (" + String.join(", ", holders) + "): send the replay to that node, or stop it and send it"
                        + " again here once this node has taken over (within about 15 s)");
            }
        }
        try {
            replays.submit(() -> replay(processor, head));
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/replay")).body(progress());
    }

    @GetMapping("/replay")
    Progress progress() {
        StreamingEventProcessor processor = processor();
        return new Progress(List.of(new Processor(LedgerProcessor.NAME, progress.position(), positions.head(),
                running.get() || processor.isReplaying() || replayingElsewhere(processor), lastError)));
    }

    /** On a node that holds no segment, whether the stored tokens say the node that does is replaying. */
    private boolean replayingElsewhere(StreamingEventProcessor processor) {
        return processor.processingStatus().isEmpty()
                && storedTokens.tokens(LedgerProcessor.NAME).stream().anyMatch(token -> token instanceof ReplayToken);
    }

    private void replay(StreamingEventProcessor processor, long head) {
        try {
            lastError = null;
            log.info("Replay of {}: rebuilding every read model from the event store, {} events", LedgerProcessor.NAME, head);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            reportUntilCaughtUp(processor, head);
        } catch (RuntimeException e) {
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("Replay of {} failed", LedgerProcessor.NAME, e);
        } finally {
            // Never leave the read models without their processor: a reset that failed still starts it again.
            try {
                if (!processor.isRunning()) {
                    processor.start();
                }
            } catch (RuntimeException e) {
                log.error("The {} processor could not be started again after the replay", LedgerProcessor.NAME, e);
            } finally {
                running.set(false);
            }
        }
    }

    private void reportUntilCaughtUp(StreamingEventProcessor processor, long head) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        try {
            while ((processor.isReplaying() || progress.position() < head) && processor.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(PROGRESS_EVERY.toMillis());
                log.info("Replay of {}: position {} of {}", LedgerProcessor.NAME, progress.position(), head);
            }
            log.info("Replay of {}: done, at position {}", LedgerProcessor.NAME, progress.position());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(LedgerProcessor.NAME, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no " + LedgerProcessor.NAME + " processor"));
    }

    @PreDestroy
    void stop() {
        replays.shutdownNow();
    }
}
