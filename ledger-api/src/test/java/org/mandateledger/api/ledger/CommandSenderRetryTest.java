package org.mandateledger.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.mandateledger.ledger.DomainRuleViolation;

/**
 * A command that lost a race recorded nothing, and is sent again to be decided afresh; any other
 * failure is answered at once.
 */
class CommandSenderRetryTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final EventStorePositions positions = mock(EventStorePositions.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CommandSender sender = new CommandSender(gateway, new WrittenEvents(mock(EventBus.class)), positions,
            username -> "pseudonym-of-" + username, meters);

    @Test
    void a_command_that_lost_a_race_is_sent_again_and_its_second_answer_stands() {
        when(gateway.sendAndWait(any(CommandMessage.class)))
                .thenThrow(new ConcurrencyException("an event for aggregate [c] at sequence [4] was already inserted"))
                .thenReturn("recorded");
        when(positions.lastOfAggregate("topic:retried")).thenReturn(42L);

        CommandSender.Written<String> written = sender.send(new Addressed("topic:retried"));

        assertThat(written.result()).isEqualTo("recorded");
        assertThat(written.position()).isEqualTo(42L);
        verify(gateway, times(2)).sendAndWait(any(CommandMessage.class));
        assertThat(meters.counter("ledger.commands.lost.races").count()).isEqualTo(1.0);
    }

    /** A command addressed to an aggregate, as the ledger's commands are. */
    record Addressed(@TargetAggregateIdentifier String id) {
    }

    @Test
    void a_command_that_appended_nothing_answers_its_aggregates_last_position_not_the_head() {
        // The aggregate's last event (another node's, say) is at 17; the head is further on, at 40, and events of other
        // aggregates below it may still be unhandled: a read waiting for 17 sees what this answer shows.
        when(gateway.sendAndWait(any(CommandMessage.class))).thenReturn("unchanged");
        when(positions.lastOfAggregate("topic:found")).thenReturn(17L);
        when(positions.head()).thenReturn(40L);

        assertThat(sender.send(new Addressed("topic:found")).position()).isEqualTo(17L);
        assertThat(sender.send("a command addressed to no aggregate").position()).as("then the head").isEqualTo(40L);
    }

    @Test
    void a_race_lost_inside_a_command_execution_exception_is_recognised() {
        when(gateway.sendAndWait(any(CommandMessage.class)))
                .thenThrow(new CommandExecutionException("failed", new ConcurrencyException("already inserted")))
                .thenReturn("recorded");

        assertThat(sender.<String>send("a command").result()).isEqualTo("recorded");
    }

    @Test
    void a_command_whose_aggregate_another_writer_created_first_is_sent_again() {
        when(gateway.sendAndWait(any(CommandMessage.class)))
                .thenThrow(new AggregateStreamCreationException("cannot create organisation:X01: it exists"))
                .thenReturn("updated");

        assertThat(sender.<String>send("a command").result()).isEqualTo("updated");
        verify(gateway, times(2)).sendAndWait(any(CommandMessage.class));
    }

    @Test
    void a_command_that_keeps_losing_is_answered_with_the_race_after_its_last_attempt() {
        when(gateway.sendAndWait(any(CommandMessage.class))).thenThrow(new ConcurrencyException("already inserted"));

        assertThatThrownBy(() -> sender.send("a command")).isInstanceOf(ConcurrencyException.class);
        verify(gateway, times(CommandSender.ATTEMPTS)).sendAndWait(any(CommandMessage.class));
    }

    @Test
    void pauses_between_attempts_double_within_a_cap_and_stay_under_a_second_in_all() {
        long longestWait = 0;
        for (int attempt = 1; attempt < CommandSender.ATTEMPTS; attempt++) {
            long ceiling = Math.min(200, 5L << (attempt - 1));
            for (int draw = 0; draw < 200; draw++) {
                assertThat(CommandSender.pauseMillis(attempt)).as("attempt %d", attempt).isBetween(ceiling / 2, ceiling);
            }
            longestWait += ceiling;
        }
        assertThat(longestWait).as("the longest a command waits on pauses before its last attempt").isLessThan(1000);
    }

    @Test
    void a_refusal_is_never_sent_again() {
        when(gateway.sendAndWait(any(CommandMessage.class))).thenThrow(new DomainRuleViolation("MANDATE_WITHDRAWN", "already withdrawn"));

        assertThatThrownBy(() -> sender.send("a command")).isInstanceOf(DomainRuleViolation.class);
        verify(gateway, times(1)).sendAndWait(any(CommandMessage.class));
    }
}
