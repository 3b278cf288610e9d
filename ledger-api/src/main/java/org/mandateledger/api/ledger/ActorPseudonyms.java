package org.mandateledger.api.ledger;

/**
 * The stable pseudonym that stands for a user in the metadata of the events they record, so that
 * no user name is sealed (ADR 0016); the vault maps it back for as long as it is kept.
 */
@FunctionalInterface
public interface ActorPseudonyms {

    /** The user's pseudonym, made and kept the first time the user sends a command (two instances at once may each make one: ADR 0016). */
    String of(String username);
}
