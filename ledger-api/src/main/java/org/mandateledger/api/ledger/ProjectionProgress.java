package org.mandateledger.api.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.mandateledger.api.problem.NotYetConsistentException;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** How far the read models have come through the event log, and waiting for them to reach a position. */
@Component
public class ProjectionProgress {

    /**
     * How long a waiter sleeps between looks when nothing wakes it: the processor here wakes it as it
     * moves ({@link ProcessorMoves}), so this only bounds a wait that a wake-up somehow missed.
     */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(50);
    /**
     * When the processor stands past the position but an earlier write is still a gap below it, the batch that fills the gap
     * moves no position (the token's index stays), so Axon tells nobody: look again soon.
     */
    private static final Duration GAP_LOOK = Duration.ofMillis(5);
    private static final Duration CATCH_UP = Duration.ofSeconds(5);
    /** Where another instance holds the segments, only its stored tokens say how far it is: read every 25 ms. */
    private static final Duration STORED_POLL = Duration.ofMillis(25);
    private final EventProcessingConfiguration processing;
    private final EventStorePositions eventStore;
    private final StoredTokens storedTokens;
    private final ProcessorMoves moves;

    ProjectionProgress(EventProcessingConfiguration processing, EventStorePositions eventStore, StoredTokens storedTokens,
                       ProcessorMoves moves) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storedTokens = storedTokens;
        this.moves = moves;
    }

    /**
     * Looks something up in the read models; if it is not there, waits (at most five seconds) for
     * them to reach everything committed so far and looks again — for a write addressed by the id
     * of something created a moment ago. If they have not caught up by then, the answer is not
     * "unknown" but {@link NotYetConsistentException} (503, retry later): a real object is never
     * refused as unknown because the read models lag.
     */
    public <T> Optional<T> findCaughtUp(Supplier<Optional<T>> lookup) {
        return lookup.get().or(() -> {
            long head = eventStore.head();
            if (!awaitPosition(head, CATCH_UP)) {
                throw new NotYetConsistentException(head, position());
            }
            return lookup.get();
        });
    }

    /**
     * The position every segment of the ledger processor has handled. Where this instance of the
     * service holds no segment (another instance on the same database does), the stored tokens say.
     */
    public long position() {
        Map<Integer, EventTrackerStatus> status = localStatus();
        return status.isEmpty() ? storedTokens.position(LedgerProcessor.NAME) : lowest(status);
    }

    private Map<Integer, EventTrackerStatus> localStatus() {
        return processing.eventProcessor(LedgerProcessor.NAME, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
    }

    private static long lowest(Map<Integer, EventTrackerStatus> status) {
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong position = segment.getCurrentPosition();
            lowest = Math.min(lowest, position.orElse(0));
        }
        return lowest;
    }

    /**
     * Whether every segment of the ledger processor has handled the event at {@code position} and
     * every event committed before it. A token past it is not enough: with concurrent writes (two
     * nodes, or two requests on one) a later position can commit first, and the processor then
     * stands past a gap where an earlier event still is, not yet handled. A gap with no event
     * stored at it is a write that was rolled back (or is not yet committed, so acknowledged to
     * nobody) and is not waited for.
     */
    public boolean reached(long position) {
        if (position <= 0) {
            return true;
        }
        Map<Integer, EventTrackerStatus> status = localStatus();
        List<TrackingToken> tokens = status.isEmpty()
                // Another instance holds the segments: its stored tokens say what it has handled.
                ? storedTokens.tokens(LedgerProcessor.NAME)
                : status.values().stream().map(EventTrackerStatus::getTrackingToken).toList();
        if (tokens.isEmpty() || !tokens.stream().allMatch(token -> handled(token, position))) {
            return false;
        }
        SortedSet<Long> gaps = new TreeSet<>();
        tokens.forEach(token -> gaps.addAll(gapsUpTo(token, position)));
        return gaps.isEmpty() || !eventStore.anyStoredAt(gaps);
    }

    private static SortedSet<Long> gapsUpTo(TrackingToken token, long position) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        return current instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps().headSet(position + 1) : new TreeSet<>();
    }

    /** Whether a token (during a replay, its current position) has handled the event at {@code position}. */
    public static boolean handled(TrackingToken token, long position) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current != null && current.position().orElse(0) >= position;
    }

    /** Waits until the read models have handled {@code position}; answers whether they did within {@code timeout}. */
    public boolean awaitPosition(long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = moves.count();
            if (reached(position)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Map<Integer, EventTrackerStatus> local = localStatus();
            Duration look = local.isEmpty() ? STORED_POLL : lowest(local) >= position ? GAP_LOOK : LOOK_AGAIN;
            try {
                moves.awaitAfter(seen, look.toNanos() < left ? look : Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
