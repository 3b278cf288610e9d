package org.mandateledger.api.problem;

/** The request conflicts with the state of the ledger or with another request in flight: {@code 409}. */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
