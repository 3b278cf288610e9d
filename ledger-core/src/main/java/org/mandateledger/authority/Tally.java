package org.mandateledger.authority;

/** A count of practices and the registered patients on their lists. */
public record Tally(long practices, long patients) {

    public static final Tally NONE = new Tally(0, 0);

    public Tally {
        if (practices < 0 || patients < 0) {
            throw new IllegalArgumentException("a tally cannot be negative");
        }
    }

    public Tally plus(long practices, long patients) {
        return new Tally(this.practices + practices, this.patients + patients);
    }
}
