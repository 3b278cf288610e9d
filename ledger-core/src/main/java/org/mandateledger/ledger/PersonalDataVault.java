package org.mandateledger.ledger;

import java.util.List;
import java.util.Optional;

/**
 * Keeps personal values outside the event store and outside the seal (ADR 0016). A value is kept in
 * the transaction of the command that records the event referring to it, so neither exists without
 * the other; an erasure blanks the values and leaves the events, and so the chain, untouched.
 */
public interface PersonalDataVault {

    /** Keeps a value about a subject (for example {@code person:<id>}) and answers its reference. */
    PersonalDataRef keep(String subject, String field, String value);

    /** The value, or empty once erased. */
    Optional<String> value(PersonalDataRef ref);

    /** Blanks every value kept about the subject; answers the fields blanked (none if none were left). */
    List<String> erase(String subject);
}
