package org.mandateledger.api.problem;

import java.util.List;

/** A request that is well-formed JSON but says something invalid: answered {@code 400}. */
public class InvalidRequestException extends RuntimeException {

    private final String code;
    private final List<Problems.FieldError> errors;

    public InvalidRequestException(String code, String message, List<Problems.FieldError> errors) {
        super(message);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException field(String field, String message) {
        return new InvalidRequestException("INVALID_REQUEST", field + ": " + message, List.of(new Problems.FieldError(field, message)));
    }

    public String code() {
        return code;
    }

    public List<Problems.FieldError> errors() {
        return errors;
    }
}
