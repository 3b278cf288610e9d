package org.mandateledger.authority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What it would take for the dual majority to hold at a level: the fewest member practices, not
 * backing that level now, whose grant at that level (or above) would make both shares reach the
 * threshold. The count needed is the larger of what the practices' share needs and what the
 * patients' share needs when the largest practices grant first; so the largest practices not yet
 * backing it, that many of them, are always a smallest answer (ties by list size go by code).
 */
public final class WhatItWouldTake {

    /**
     * {@code practices} to grant at {@code level}: empty when the threshold is already met; none
     * ({@link Optional#empty()}) when even every practice not backing it could not make it hold.
     */
    public record Gap(AuthorityLevel level, Optional<List<CoverageRule.MemberPractice>> practices) {

        public boolean met() {
            return practices.map(List::isEmpty).orElse(false);
        }

        public boolean possible() {
            return practices.isPresent();
        }
    }

    private WhatItWouldTake() {
    }

    public static Gap at(AuthorityLevel level, Collection<CoverageRule.MemberPractice> members, Threshold threshold) {
        Tally total = Tally.NONE;
        Tally backing = Tally.NONE;
        List<CoverageRule.MemberPractice> candidates = new ArrayList<>();
        for (CoverageRule.MemberPractice p : members) {
            total = total.plus(1, p.registeredPatients());
            if (p.ceiling().filter(c -> c.atLeast(level)).isPresent()) {
                backing = backing.plus(1, p.registeredPatients());
            } else {
                candidates.add(p);
            }
        }
        candidates.sort(Comparator.comparingLong(CoverageRule.MemberPractice::registeredPatients).reversed()
                .thenComparing(CoverageRule.MemberPractice::code));
        List<CoverageRule.MemberPractice> chosen = new ArrayList<>();
        Tally reached = backing;
        for (CoverageRule.MemberPractice p : candidates) {
            if (DualMajority.isMet(reached, total, threshold)) {
                break;
            }
            chosen.add(p);
            reached = reached.plus(1, p.registeredPatients());
        }
        return new Gap(level, DualMajority.isMet(reached, total, threshold) ? Optional.of(List.copyOf(chosen)) : Optional.empty());
    }
}
