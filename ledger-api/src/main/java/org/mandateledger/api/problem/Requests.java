package org.mandateledger.api.problem;

import java.util.function.Supplier;
import org.mandateledger.ledger.InvalidIdentifierException;

/**
 * Turns a request into domain values. The domain's value types refuse impossible values with
 * {@link IllegalArgumentException}; here, and only here, that means the client sent them.
 */
public final class Requests {

    private Requests() {
    }

    public static <T> T parse(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvalidIdentifierException e) {
            throw InvalidRequestException.field(field.isEmpty() ? e.field() : field, e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidRequestException.field(field, e.getMessage() == null ? "is invalid" : e.getMessage());
        }
    }
}
