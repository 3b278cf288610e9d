package org.mandateledger.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The ledger's notion of now. Aggregates read Axon's event clock, so that the time a decision
 * is judged at is the time its events are stamped with (and tests can set it).
 * Calendar dates (validity, due dates) are days in Europe/London.
 */
public final class LedgerClock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private LedgerClock() {
    }

    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    public static LocalDate today() {
        return dayAt(now());
    }

    public static LocalDate dayAt(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }
}
