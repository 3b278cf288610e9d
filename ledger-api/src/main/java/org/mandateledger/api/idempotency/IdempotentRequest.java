package org.mandateledger.api.idempotency;

/**
 * The keyed write this thread is serving. The command bus is synchronous, so the claim made in a
 * command's unit of work is made on the thread that holds this.
 */
final class IdempotentRequest {

    private static final ThreadLocal<IdempotentRequest> CURRENT = new ThreadLocal<>();

    private final IdempotencyRecord.Id id;
    private final String fingerprint;
    private boolean claimed;
    private boolean lostRace;

    private IdempotentRequest(IdempotencyRecord.Id id, String fingerprint) {
        this.id = id;
        this.fingerprint = fingerprint;
    }

    static IdempotentRequest begin(IdempotencyRecord.Id id, String fingerprint) {
        IdempotentRequest request = new IdempotentRequest(id, fingerprint);
        CURRENT.set(request);
        return request;
    }

    static IdempotentRequest current() {
        return CURRENT.get();
    }

    void end() {
        CURRENT.remove();
    }

    IdempotencyRecord.Id id() {
        return id;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** Whether a transaction that recorded one of this request's commands also recorded its key. */
    boolean claimed() {
        return claimed;
    }

    void claimed(boolean claimed) {
        this.claimed = claimed;
    }

    /** Whether another request with the same key recorded it first, while this one was on its way. */
    boolean lostRace() {
        return lostRace;
    }

    void lostRace(boolean lostRace) {
        this.lostRace = lostRace;
    }
}
