package org.mandateledger.api.problem;

import java.io.IOException;

/** A body without a declared length passed the limit while it was read: answered 413. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("the body is larger than the " + limit + " bytes accepted");
    }
}
