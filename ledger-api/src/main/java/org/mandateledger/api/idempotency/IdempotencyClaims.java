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

    /**
     * Whether the claim failed because another request holds the key: its row is committed (a
     * unique-key violation) or still being written (the wait for its lock ran out). Anything else
     * is an error of its own, and is not hidden behind "in progress".
     */
    static boolean taken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof org.springframework.dao.DataIntegrityViolationException
                    || cause instanceof jakarta.persistence.EntityExistsException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.exception.LockTimeoutException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof org.springframework.dao.PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        IdempotentRequest request = IdempotentRequest.current();
        if (request != null && !request.claimed()) {
            try {
                records.claim(request);
            } catch (PersistenceException | DataAccessException e) {
                if (!taken(e)) {
                    throw e;
                }
                request.lostRace(true);
                throw new ConflictException(IN_PROGRESS, "another request with this Idempotency-Key was recorded first");
            }
            request.claimed(true);
            unitOfWork.onRollback(u -> request.claimed(false));
        }
        return interceptorChain.proceed();
    }
}
