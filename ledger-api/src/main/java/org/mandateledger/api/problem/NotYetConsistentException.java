package org.mandateledger.api.problem;

/** A read asked to wait for a position its projections did not reach in time. */
public class NotYetConsistentException extends RuntimeException {

    public NotYetConsistentException(long wanted, long reached) {
        super("the read models have reached position " + reached + ", not yet " + wanted + "; retry shortly");
    }
}
