package org.mandateledger.authority;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A dual-majority threshold: the share of member practices that must back something, counted by
 * practices and by registered patients. Shares are exact decimals in (0, 1].
 */
public record Threshold(BigDecimal practices, BigDecimal patients) {

    public Threshold {
        requireShare(practices, "practices");
        requireShare(patients, "patients");
        practices = practices.stripTrailingZeros();
        patients = patients.stripTrailingZeros();
    }

    private static void requireShare(BigDecimal share, String what) {
        Objects.requireNonNull(share, what);
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the " + what + " share must be in (0, 1], was " + share.toPlainString());
        }
    }

    public static Threshold of(String practices, String patients) {
        return new Threshold(new BigDecimal(practices), new BigDecimal(patients));
    }

    /** Neither share falls below the other threshold's: thresholds may not fall as the level rises. */
    public boolean noLowerThan(Threshold other) {
        return practices.compareTo(other.practices) >= 0 && patients.compareTo(other.patients) >= 0;
    }
}
