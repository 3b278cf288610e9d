package org.mandateledger.ledger;

/** A key that does not have the shape the contract gives it; the client sent it, so it is a {@code 400}. */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final String field;

    public InvalidIdentifierException(String field, String value, String expected) {
        super(field + " '" + value + "' is not " + expected);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
