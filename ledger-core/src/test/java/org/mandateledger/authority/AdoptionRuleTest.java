package org.mandateledger.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Adoption by dual majority of the practices for a position, over all member practices. */
class AdoptionRuleTest {

    private static final Threshold HALF = Threshold.of("0.5", "0.5");
    private static final Map<String, Long> MEMBERS = new LinkedHashMap<>(Map.of("A", 6000L, "B", 2000L, "C", 1000L, "D", 1000L));

    @Test
    void half_the_practices_with_half_the_patients_adopt() {
        AdoptionRule.Support support = AdoptionRule.of(MEMBERS, List.of("A", "D"));
        assertThat(support.backing()).isEqualTo(new Tally(2, 7000));
        assertThat(support.total()).isEqualTo(new Tally(4, 10000));
        assertThat(support.adopted(HALF)).isTrue();
    }

    @Test
    void many_small_practices_without_the_patients_do_not() {
        assertThat(AdoptionRule.of(MEMBERS, List.of("B", "C", "D")).adopted(HALF)).isFalse();
    }

    @Test
    void support_from_outside_the_member_practices_counts_for_nothing() {
        AdoptionRule.Support support = AdoptionRule.of(MEMBERS, List.of("A", "PCN1", "ELSEWHERE"));
        assertThat(support.backing()).isEqualTo(new Tally(1, 6000));
        assertThat(support.adopted(HALF)).isFalse();
    }
}
