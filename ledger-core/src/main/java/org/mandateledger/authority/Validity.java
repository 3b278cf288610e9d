package org.mandateledger.authority;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Calendar days on which something holds, inclusive at both ends (Europe/London days); an open
 * end runs until withdrawn. Before {@code from} it does not yet count; after {@code until} it has lapsed.
 */
public record Validity(LocalDate from, LocalDate until) {

    public Validity {
        Objects.requireNonNull(from, "valid from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("valid until " + until + " is before valid from " + from);
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && !lapsedOn(day);
    }

    public boolean lapsedOn(LocalDate day) {
        return until != null && day.isAfter(until);
    }
}
