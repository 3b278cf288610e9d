package org.mandateledger.confederation.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Threshold;

/**
 * The confederation's rules of authority: a dual-majority threshold for each level above
 * OBSERVE (never falling as the level rises), the threshold a position needs to be adopted, and
 * the days after a meeting within which a delegate must feed back.
 */
public record Constitution(Map<AuthorityLevel, Threshold> thresholds, Threshold adoption, int feedbackDueDays) {

    public static final int MAX_FEEDBACK_DUE_DAYS = 365;

    public Constitution {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(adoption, "adoption");
        if (thresholds.containsKey(AuthorityLevel.OBSERVE)) {
            throw new IllegalArgumentException("OBSERVE needs no threshold: anyone appointed may observe");
        }
        Threshold previous = null;
        for (AuthorityLevel level : AuthorityLevel.thresholdLevels()) {
            Threshold t = thresholds.get(level);
            if (t == null) {
                throw new IllegalArgumentException("a threshold for " + level + " is required");
            }
            if (previous != null && !t.noLowerThan(previous)) {
                throw new IllegalArgumentException("thresholds may not fall as the level rises: " + level + " is below the level under it");
            }
            previous = t;
        }
        if (feedbackDueDays < 0 || feedbackDueDays > MAX_FEEDBACK_DUE_DAYS) {
            throw new IllegalArgumentException("feedbackDueDays must be between 0 and " + MAX_FEEDBACK_DUE_DAYS);
        }
        // Kept in level order, weakest first, so that it reads (and serialises) as the levels rise.
        thresholds = Collections.unmodifiableMap(new EnumMap<>(thresholds));
    }

    public Threshold thresholdFor(AuthorityLevel level) {
        return thresholds.get(level);
    }
}
