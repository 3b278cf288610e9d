package org.mandateledger.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;
import org.mandateledger.projections.LedgerProcessor;

/** A write's position is reached once the processor has handled that very event, not merely passed it. */
class ProjectionProgressTest {

    @Test
    void a_token_past_a_position_with_a_gap_there_has_not_handled_it() {
        // Two writes at once: position 6 committed first, 5 is still committing.
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(6, List.of(5L));

        assertThat(ProjectionProgress.handled(token, 5)).isFalse();
        assertThat(ProjectionProgress.handled(token, 6)).isTrue();
        assertThat(ProjectionProgress.handled(token, 4)).isTrue();
        assertThat(ProjectionProgress.handled(token, 7)).isFalse();
        assertThat(ProjectionProgress.handled(GapAwareTrackingToken.newInstance(6, List.of()), 5)).isTrue();
    }

    @Test
    void during_a_replay_the_current_position_counts() {
        GapAwareTrackingToken atReset = GapAwareTrackingToken.newInstance(100, List.of());
        GapAwareTrackingToken current = GapAwareTrackingToken.newInstance(40, List.of(38L));
        var replaying = ReplayToken.createReplayToken(atReset, current);

        assertThat(ProjectionProgress.handled(replaying, 39)).isTrue();
        assertThat(ProjectionProgress.handled(replaying, 38)).isFalse();
        assertThat(ProjectionProgress.handled(replaying, 41)).isFalse();
        assertThat(ProjectionProgress.handled(null, 1)).isFalse();
    }

    @Test
    void a_position_is_reached_only_once_every_event_committed_before_it_is_handled_too() {
        // Another node holds the segments; its stored token stands at 9, past gaps at 5 and 7. The event at 5 is
        // stored (committed after 6 to 9, not yet handled); 7 is a write that was rolled back and will never come.
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(any(), any())).thenReturn(Optional.empty());
        StoredTokens stored = mock(StoredTokens.class);
        when(stored.tokens(LedgerProcessor.NAME)).thenReturn(List.of(GapAwareTrackingToken.newInstance(9, List.of(5L, 7L))));
        EventStorePositions eventStore = mock(EventStorePositions.class);
        when(eventStore.anyStoredAt(any())).thenAnswer(asked -> asked.<java.util.Collection<Long>>getArgument(0).contains(5L));
        ProjectionProgress progress = new ProjectionProgress(processing, eventStore, stored, new ProcessorMoves());

        assertThat(progress.reached(4)).as("nothing missing up to 4").isTrue();
        assertThat(progress.reached(6)).as("6 handled, but 5 before it is stored and not").isFalse();
        assertThat(progress.reached(9)).isFalse();
        assertThat(progress.reached(10)).as("not yet handled").isFalse();

        when(stored.tokens(LedgerProcessor.NAME)).thenReturn(List.of(GapAwareTrackingToken.newInstance(9, List.of(7L))));
        assertThat(progress.reached(9)).as("the gap at 7 holds no event: nothing to wait for").isTrue();
    }
}
