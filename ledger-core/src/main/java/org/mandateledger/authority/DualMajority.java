package org.mandateledger.authority;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The dual-majority rule: backing meets a threshold only when its share of all member practices
 * reaches the threshold both by practice count and by registered patients, so neither the large
 * practices nor the many small ones can speak for the rest alone. Exact arithmetic: ½ of 4
 * practices is met by 2. A share of an empty total is never met.
 */
public final class DualMajority {

    private static final MathContext SHARE_PRECISION = new MathContext(6, RoundingMode.HALF_EVEN);

    private DualMajority() {
    }

    public static boolean isMet(Tally backing, Tally total, Threshold threshold) {
        return reaches(backing.practices(), total.practices(), threshold.practices())
                && reaches(backing.patients(), total.patients(), threshold.patients());
    }

    /** part / whole >= share, decided as part >= share * whole with no rounding. */
    static boolean reaches(long part, long whole, BigDecimal share) {
        if (whole <= 0) {
            return false;
        }
        return BigDecimal.valueOf(part).compareTo(share.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** A share for display (6 significant digits); never used to decide. */
    public static BigDecimal share(long part, long whole) {
        if (whole <= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_PRECISION).stripTrailingZeros();
    }
}
