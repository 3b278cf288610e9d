package org.mandateledger.authority;

import java.util.Collection;
import java.util.Map;

/**
 * A position is adopted when the practices for it, over all member practices, meet the adoption
 * threshold by count and by registered patients ({@link DualMajority}); against, abstaining and
 * silent practices do not back it, and a support from anyone not a member practice counts for nothing.
 */
public final class AdoptionRule {

    /** The backing for a position, over all member practices. */
    public record Support(Tally backing, Tally total) {

        public boolean adopted(Threshold adoption) {
            return DualMajority.isMet(backing, total, adoption);
        }
    }

    private AdoptionRule() {
    }

    /**
     * @param memberPractices each member practice (by code) with its registered patients, as they stood when the position was recorded
     * @param supporting      the codes recorded as for the position
     */
    public static Support of(Map<String, Long> memberPractices, Collection<String> supporting) {
        Tally total = Tally.NONE;
        Tally backing = Tally.NONE;
        for (Map.Entry<String, Long> practice : memberPractices.entrySet()) {
            total = total.plus(1, practice.getValue());
            if (supporting.contains(practice.getKey())) {
                backing = backing.plus(1, practice.getValue());
            }
        }
        return new Support(backing, total);
    }
}
