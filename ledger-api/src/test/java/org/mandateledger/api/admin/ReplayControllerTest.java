package org.mandateledger.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.mandateledger.api.ledger.EventStorePositions;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.ledger.StoredTokens;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.projections.LedgerProcessor;

/**
 * With several nodes only the one holding the read models' segment can replay; the others say who
 * does, and report a replay running there (ADR 0023).
 */
class ReplayControllerTest {

    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final StoredTokens stored = mock(StoredTokens.class);
    private final ReplayController controller;

    ReplayControllerTest() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(any(), any())).thenReturn(Optional.of(processor));
        // This node holds no segment: another node does.
        when(processor.processingStatus()).thenReturn(Map.of());
        controller = new ReplayController(processing, mock(ProjectionProgress.class), mock(EventStorePositions.class), stored);
    }

    @Test
    void a_node_without_the_segments_refuses_a_replay_naming_the_node_that_holds_them_and_resets_nothing() {
        when(stored.owners(LedgerProcessor.NAME)).thenReturn(List.of("ledger-a"));

        assertThatThrownBy(controller::replay).isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
            assertThat(refused.code()).isEqualTo("REPLAY_ON_ANOTHER_NODE");
            assertThat(refused.getMessage()).contains("ledger-a");
        });
        verify(processor, never()).shutDown();
        verify(processor, never()).resetTokens();
        assertThat(controller.progress().processors().get(0).replaying()).as("nothing started here").isFalse();
    }

    @Test
    void a_node_without_the_segments_reports_the_replay_the_holder_is_running() {
        GapAwareTrackingToken atReset = GapAwareTrackingToken.newInstance(10, List.of());
        when(stored.tokens(LedgerProcessor.NAME)).thenReturn(List.of(ReplayToken.createReplayToken(atReset,
                GapAwareTrackingToken.newInstance(4, List.of()))));
        assertThat(controller.progress().processors().get(0).replaying()).isTrue();

        when(stored.tokens(LedgerProcessor.NAME)).thenReturn(List.of(atReset));
        assertThat(controller.progress().processors().get(0).replaying()).isFalse();
    }
}
