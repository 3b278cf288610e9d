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
public class StoredTokens {

    @PersistenceContext
    private EntityManager entityManager;

    private final Serializer serializer;

    StoredTokens(@Qualifier("serializer") Serializer serializer) {
        this.serializer = serializer;
    }

    /** The position every segment of the processor has passed, 0 before any token is stored. */
    @Transactional(readOnly = true)
    public long position(String processor) {
        List<TrackingToken> tokens = tokens(processor);
        long lowest = tokens.isEmpty() ? 0 : Long.MAX_VALUE;
        for (TrackingToken token : tokens) {
            lowest = Math.min(lowest, token == null ? 0 : token.position().orElse(0));
        }
        return lowest;
    }

    /** Whether every stored segment token of the processor has handled the event at {@code position} (false before any is stored). */
    @Transactional(readOnly = true)
    public boolean handled(String processor, long position) {
        List<TrackingToken> tokens = tokens(processor);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> ProjectionProgress.handled(token, position));
    }

    /** The nodes holding a claim on a segment of the processor ({@code pid@host}, as Axon names them); none before any claim. */
    @Transactional(readOnly = true)
    public List<String> owners(String processor) {
        return entityManager.createQuery("select distinct t.owner from TokenEntry t where t.processorName = :processor"
                        + " and t.owner is not null", String.class)
                .setParameter("processor", processor)
                .getResultList();
    }

    /** The processor's stored token of each segment (null for a segment that has handled nothing). */
    @Transactional(readOnly = true)
    public List<TrackingToken> tokens(String processor) {
        return entityManager.createQuery("select t from TokenEntry t where t.processorName = :processor", TokenEntry.class)
                .setParameter("processor", processor)
                .getResultStream()
                .map(entry -> entry.getToken(serializer))
                .toList();
    }
}
