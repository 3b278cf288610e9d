package org.mandateledger.api.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Notes the identifiers of the events a command publishes on the thread that sent it (the
 * command bus is synchronous), so the web layer can answer with the global position they were
 * stored at once the unit of work has committed.
 */
@Component
class WrittenEvents implements MessageDispatchInterceptor<EventMessage<?>>, SmartInitializingSingleton {

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private final EventBus eventBus;

    WrittenEvents(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    @Override
    public void afterSingletonsInstantiated() {
        eventBus.registerDispatchInterceptor(this);
    }

    void begin() {
        CURRENT.set(new ArrayList<>());
    }

    List<String> end() {
        List<String> ids = CURRENT.get();
        CURRENT.remove();
        return ids == null ? List.of() : ids;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            List<String> ids = CURRENT.get();
            if (ids != null) {
                ids.add(message.getIdentifier());
            }
            return message;
        };
    }
}
