package org.mandateledger.api.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a command as the signed-in user and answers with its result and the global position of
 * its last event, read once the unit of work has committed. A command that appended nothing (it
 * found its resource as it asked) answers the position of the last event of that resource: what
 * its answer shows, so a read waiting for that position sees it, whichever writer recorded it.
 */
@Component
public class CommandSender {

    /** Event metadata: the pseudonym of the user who sent the command (ADR 0016); events before it carried {@code actor}, the user name. */
    static final String ACTOR = "actorRef";
    /**
     * Each race lost is a commit by another instance to the same aggregate in between, so a command
     * loses at most as many times as other instances write to that aggregate meanwhile; eight
     * attempts outlast bursts from a few writers, and the pauses between them (below) total about
     * half a second at most.
     */
    static final int ATTEMPTS = 8;
    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long LONGEST_PAUSE_MILLIS = 200;
    private static final Logger log = LoggerFactory.getLogger(CommandSender.class);

    private static final AnnotationCommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();
    private final CommandGateway gateway;
    private final WrittenEvents writtenEvents;
    private final EventStorePositions positions;
    private final ActorPseudonyms pseudonyms;

    private final Counter lostRaces;

    CommandSender(CommandGateway gateway, WrittenEvents writtenEvents, EventStorePositions positions, ActorPseudonyms pseudonyms,
                  MeterRegistry meters) {
        this.gateway = gateway;
        this.writtenEvents = writtenEvents;
        this.positions = positions;
        this.pseudonyms = pseudonyms;
        this.lostRaces = Counter.builder("ledger.commands.lost.races")
                .description("Commands that lost a race to another writer of the same aggregate and were sent again")
                .register(meters);
    }

    /** A command's answer and where the ledger stood once it was recorded. */
    public record Written<R>(R result, long position) {
    }

    /**
     * Sends the command and waits for it to be recorded. A command that lost a race (another
     * writer appended to the same aggregate first, as two instances of the service can on one
     * database) recorded nothing; it is sent again after a pause, up to {@value #ATTEMPTS} times in all, and
     * decided afresh against what the winner recorded.
     */
    public <R> Written<R> send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(command);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostRace(e)) {
                    throw e;
                }
                lostRaces.increment();
                log.info("{} lost a race on attempt {}; sending it again: {}", command.getClass().getSimpleName(), attempt, e.getMessage());
                pauseBefore(attempt);
            }
        }
    }

    private <R> Written<R> sendOnce(Object command) {
        String actor = pseudonyms.of(actor());
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.with(ACTOR, actor));
        writtenEvents.begin();
        List<String> written;
        R result;
        try {
            result = gateway.sendAndWait(message);
        } finally {
            written = writtenEvents.end();
        }
        if (written.isEmpty()) {
            // Not the head: an event of another aggregate below it may not be handled yet while this one's is.
            return new Written<>(result, target(message).map(positions::lastOfAggregate).orElseGet(positions::head));
        }
        return new Written<>(result, positions.lastOf(written));
    }

    /** The aggregate a command is addressed to, if it names one. */
    private static Optional<String> target(CommandMessage<?> message) {
        try {
            return Optional.of(TARGETS.resolveTarget(message).getIdentifier());
        } catch (IllegalArgumentException noTarget) {
            return Optional.empty();
        }
    }

    /**
     * Whether the command failed only because another writer appended to its aggregate first, or
     * created it first (the retry then finds it and decides against it).
     */
    static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }

    /** Doubles with each attempt, capped, and jittered so that two losers do not collide again in step. */
    static long pauseMillis(int attempt) {
        long ceiling = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt - 1, 16));
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }

    private static void pauseBefore(int attempt) {
        try {
            Thread.sleep(pauseMillis(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
