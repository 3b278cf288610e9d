package org.mandateledger.api.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a processor has come, as its tokens in the database say, whichever instance of the
 * service holds them: read without claiming, so another instance's progress can be waited for.
 */
@Component
class StoredTokens {

    @PersistenceContext
    private EntityManager entityManager;

    private final Serializer serializer;

    StoredTokens(@Qualifier("serializer") Serializer serializer) {
        this.serializer = serializer;
    }

    /** The position every segment of the processor has handled, 0 before any token is stored. */
    @Transactional(readOnly = true)
    public long position(String processor) {
        List<TokenEntry> entries = entityManager
                .createQuery("select t from TokenEntry t where t.processorName = :processor", TokenEntry.class)
                .setParameter("processor", processor)
                .getResultList();
        long lowest = entries.isEmpty() ? 0 : Long.MAX_VALUE;
        for (TokenEntry entry : entries) {
            TrackingToken token = entry.getToken(serializer);
            lowest = Math.min(lowest, token == null ? 0 : token.position().orElse(0));
        }
        return lowest;
    }
}
