package org.mandateledger.projections.paging;

/** A cursor this ledger did not hand out. */
public class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException(String cursor) {
        super("cursor '" + cursor + "' was not handed out by this list");
    }
}
