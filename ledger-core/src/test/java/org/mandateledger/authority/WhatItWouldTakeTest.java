package org.mandateledger.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.authority.AuthorityLevel.AGREE;
import static org.mandateledger.authority.AuthorityLevel.NEGOTIATE;
import static org.mandateledger.authority.AuthorityLevel.REPRESENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mandateledger.authority.CoverageRule.MemberPractice;

/** The rule WhatItWouldTake: the fewest practices whose grant at a level makes its dual majority hold. */
class WhatItWouldTakeTest {

    private static final Threshold HALF = Threshold.of("0.5", "0.5");

    private static MemberPractice practice(String code, long patients, AuthorityLevel ceiling) {
        return new MemberPractice(code, patients, Optional.ofNullable(ceiling));
    }

    private static List<String> codes(WhatItWouldTake.Gap gap) {
        return gap.practices().orElseThrow().stream().map(MemberPractice::code).toList();
    }

    @Test
    void a_met_threshold_takes_nothing() {
        WhatItWouldTake.Gap gap = WhatItWouldTake.at(NEGOTIATE, List.of(practice("A", 600, AGREE), practice("B", 400, null)), HALF);
        assertThat(gap.met()).isTrue();
        assertThat(gap.practices()).contains(List.of());
    }

    @Test
    void when_patients_are_short_the_largest_practices_not_backing_the_level_are_asked_first() {
        // Backing: 2 of 5 practices, 1,000 of 10,000 patients. Practices need 1 more; patients need 4,000 more: the 6,000 practice alone.
        WhatItWouldTake.Gap gap = WhatItWouldTake.at(NEGOTIATE, List.of(practice("A", 500, AGREE), practice("B", 500, NEGOTIATE),
                practice("C", 6_000, REPRESENT), practice("D", 2_000, null), practice("E", 1_000, null)), HALF);
        assertThat(codes(gap)).containsExactly("C");
    }

    @Test
    void when_practices_are_short_the_count_decides_and_a_lower_ceiling_does_not_back_the_level() {
        // Backing AGREE: one large practice, 9,000 of 10,000 patients but 1 of 6 practices; 2 more practices are needed.
        WhatItWouldTake.Gap gap = WhatItWouldTake.at(AGREE, List.of(practice("A", 9_000, AGREE), practice("B", 400, NEGOTIATE),
                practice("C", 300, null), practice("D", 200, null), practice("E", 50, null), practice("F", 50, null)), HALF);
        assertThat(codes(gap)).containsExactly("B", "C");
    }

    @Test
    void an_impossible_threshold_is_said_to_be() {
        Threshold all = Threshold.of("1", "1");
        WhatItWouldTake.Gap gap = WhatItWouldTake.at(REPRESENT, List.of(), all);
        assertThat(gap.possible()).isFalse();
    }

    /** Checked against every subset on small random confederations: no smaller set of practices would do. */
    @Test
    void no_smaller_set_of_practices_makes_the_dual_majority_hold() {
        Random random = new Random(20261206L);
        for (int run = 0; run < 300; run++) {
            int n = 1 + random.nextInt(9);
            List<MemberPractice> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AuthorityLevel[] levels = {null, REPRESENT, NEGOTIATE, AGREE};
                members.add(practice("P" + i, random.nextInt(20_000), levels[random.nextInt(levels.length)]));
            }
            Threshold threshold = Threshold.of("0." + (1 + random.nextInt(9)), "0." + (1 + random.nextInt(9)));
            WhatItWouldTake.Gap gap = WhatItWouldTake.at(NEGOTIATE, members, threshold);
            int smallest = smallestBySearch(members, threshold);
            if (smallest < 0) {
                assertThat(gap.possible()).as("run %d", run).isFalse();
            } else {
                assertThat(gap.practices().orElseThrow()).as("run %d", run).hasSize(smallest);
                List<MemberPractice> granted = new ArrayList<>();
                for (MemberPractice m : members) {
                    granted.add(gap.practices().get().contains(m) ? practice(m.code(), m.registeredPatients(), NEGOTIATE) : m);
                }
                assertThat(CoverageRule.of(granted, java.util.Map.of(NEGOTIATE, threshold)).levels().stream()
                        .filter(l -> l.level() == NEGOTIATE).findFirst().orElseThrow().met()).as("run %d", run).isTrue();
            }
        }
    }

    /** The size of the smallest subset of non-backing practices whose grant meets the threshold, by trying them all; -1 if none. */
    private static int smallestBySearch(List<MemberPractice> members, Threshold threshold) {
        List<MemberPractice> candidates = members.stream().filter(m -> m.ceiling().filter(c -> c.atLeast(NEGOTIATE)).isEmpty()).toList();
        int best = -1;
        for (int mask = 0; mask < (1 << candidates.size()); mask++) {
            Tally total = Tally.NONE;
            Tally backing = Tally.NONE;
            for (MemberPractice m : members) {
                total = total.plus(1, m.registeredPatients());
                boolean chosen = candidates.indexOf(m) >= 0 && (mask & (1 << candidates.indexOf(m))) != 0;
                if (chosen || m.ceiling().filter(c -> c.atLeast(NEGOTIATE)).isPresent()) {
                    backing = backing.plus(1, m.registeredPatients());
                }
            }
            if (DualMajority.isMet(backing, total, threshold) && (best < 0 || Integer.bitCount(mask) < best)) {
                best = Integer.bitCount(mask);
            }
        }
        return best;
    }
}
