package org.mandateledger.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

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
}
