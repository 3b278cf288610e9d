package org.mandateledger.api.ledger;

import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a command as the signed-in user and answers with its result and the global position of
 * its last event, read once the unit of work has committed.
 */
@Component
public class CommandSender {

    static final String ACTOR = "actor";

    private final CommandGateway gateway;
    private final WrittenEvents writtenEvents;
    private final EventStorePositions positions;

    CommandSender(CommandGateway gateway, WrittenEvents writtenEvents, EventStorePositions positions) {
        this.gateway = gateway;
        this.writtenEvents = writtenEvents;
        this.positions = positions;
    }

    /** A command's answer and where the ledger stood once it was recorded. */
    public record Written<R>(R result, long position) {
    }

    public <R> Written<R> send(Object command) {
        writtenEvents.begin();
        List<String> written;
        R result;
        try {
            result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(MetaData.with(ACTOR, actor())));
        } finally {
            written = writtenEvents.end();
        }
        return new Written<>(result, positions.lastOf(written));
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
