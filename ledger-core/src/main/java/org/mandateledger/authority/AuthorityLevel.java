package org.mandateledger.authority;

/** What a holder of a voice may do for general practice, weakest first; the order is the rule. */
public enum AuthorityLevel {
    /** Attend, listen and report back; state no view for general practice. */
    OBSERVE,
    /** State general practice's adopted positions; commit to nothing. */
    REPRESENT,
    /** Negotiate within the brief; agreements bind once ratified. */
    NEGOTIATE,
    /** Agree on behalf of general practice within the brief. */
    AGREE;

    public boolean atLeast(AuthorityLevel other) {
        return compareTo(other) >= 0;
    }

    public static AuthorityLevel least(AuthorityLevel a, AuthorityLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The levels a constitution sets thresholds for: every level above {@link #OBSERVE}. */
    public static AuthorityLevel[] thresholdLevels() {
        return new AuthorityLevel[] {REPRESENT, NEGOTIATE, AGREE};
    }
}
