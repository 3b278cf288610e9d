package org.mandateledger.api.idempotency;

import jakarta.persistence.PersistenceException;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.mandateledger.api.problem.ConflictException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Claims a keyed request's {@code Idempotency-Key} inside the unit of work of its first command,
 * before the command is handled: the key commits with the command's events or not at all. A second
 * request with the same key waits at the claim until the first commits, and then does nothing.
 */
@Component
class IdempotencyClaims implements MessageHandlerInterceptor<CommandMessage<?>>, SmartInitializingSingleton {

    static final String IN_PROGRESS = "IDEMPOTENT_REQUEST_IN_PROGRESS";

    private final CommandBus commandBus;
    private final IdempotencyRecords records;

    IdempotencyClaims(CommandBus commandBus, IdempotencyRecords records) {
        this.commandBus = commandBus;
        this.records = records;
    }

    @Override
    public void afterSingletonsInstantiated() {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        IdempotentRequest request = IdempotentRequest.current();
        if (request != null && !request.claimed()) {
            try {
                records.claim(request);
            } catch (PersistenceException | DataAccessException taken) {
                request.lostRace(true);
                throw new ConflictException(IN_PROGRESS, "another request with this Idempotency-Key was recorded first");
            }
            request.claimed(true);
            unitOfWork.onRollback(u -> request.claimed(false));
        }
        return interceptorChain.proceed();
    }
}
