package org.mandateledger.api.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.mandateledger.ledger.InvalidIdentifierException;

/**
 * Turns a request into domain values. The domain's value types refuse impossible values with
 * {@link IllegalArgumentException}; here, and only here, that means the client sent them.
 */
public final class Requests {

    private Requests() {
    }

    /** The years any date or instant may fall in: every database the ledger runs on holds them exactly. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;

    /** An instant the ledger can store and judge by calendar day; {@code null} passes (optional fields). */
    public static Instant instant(String field, Instant value) {
        if (value != null && (value.isBefore(Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z"))
                || value.isAfter(Instant.parse(LAST_YEAR + "-12-31T23:59:59Z")))) {
            throw InvalidRequestException.field(field, "must fall in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return value;
    }

    /** A calendar date the ledger can store; {@code null} passes (optional fields). */
    public static LocalDate date(String field, LocalDate value) {
        if (value != null && (value.getYear() < FIRST_YEAR || value.getYear() > LAST_YEAR)) {
            throw InvalidRequestException.field(field, "must fall in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return value;
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
