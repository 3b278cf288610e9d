package org.mandateledger.api.problem;

/** The resource named in the path is unknown, or outside the caller's reach. */
public class NotFoundException extends RuntimeException {

    private final String code;

    public NotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
