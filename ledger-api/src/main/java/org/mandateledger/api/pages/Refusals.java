package org.mandateledger.api.pages;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.mandateledger.ledger.DomainRuleViolation;

/** The ledger's refusal of a command, however it reached the page: as it was thrown, or wrapped by the command bus. */
public final class Refusals {

    private Refusals() {
    }

    public static Optional<DomainRuleViolation> of(RuntimeException e) {
        if (e instanceof DomainRuleViolation violation) {
            return Optional.of(violation);
        }
        if (e instanceof CommandExecutionException && e.getCause() instanceof DomainRuleViolation violation) {
            return Optional.of(violation);
        }
        return Optional.empty();
    }

    /** Whether {@code e} is the ledger refusing with {@code code}. */
    public static boolean is(RuntimeException e, String code) {
        return of(e).map(v -> code.equals(v.code())).orElse(false);
    }
}
