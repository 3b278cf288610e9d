package org.mandateledger.confederation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandateledger.authority.AuthorityLevel.AGREE;
import static org.mandateledger.authority.AuthorityLevel.NEGOTIATE;
import static org.mandateledger.authority.AuthorityLevel.OBSERVE;
import static org.mandateledger.authority.AuthorityLevel.REPRESENT;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Threshold;

class ConstitutionTest {

    private static final Threshold HALF = Threshold.of("0.5", "0.5");
    private static final Threshold TWO_THIRDS = Threshold.of("0.6667", "0.6667");

    private static Constitution constitution(Map<AuthorityLevel, Threshold> thresholds) {
        return new Constitution(thresholds, HALF, 7);
    }

    @Test
    void the_domain_example_is_a_valid_constitution() {
        Constitution constitution = constitution(Map.of(REPRESENT, HALF, NEGOTIATE, HALF, AGREE, TWO_THIRDS));

        assertThat(constitution.thresholdFor(REPRESENT)).isEqualTo(HALF);
        assertThat(constitution.thresholdFor(AGREE)).isEqualTo(TWO_THIRDS);
        assertThat(constitution.feedbackDueDays()).isEqualTo(7);
    }

    @Test
    void thresholds_may_not_fall_as_the_level_rises() {
        assertThatThrownBy(() -> constitution(Map.of(REPRESENT, HALF, NEGOTIATE, TWO_THIRDS, AGREE, HALF)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AGREE");
    }

    @Test
    void neither_count_may_fall_as_the_level_rises() {
        // AGREE asks more practices than NEGOTIATE, but fewer patients
        Threshold morePracticesFewerPatients = Threshold.of("0.75", "0.4");
        assertThatThrownBy(() -> constitution(Map.of(REPRESENT, Threshold.of("0.4", "0.4"), NEGOTIATE, HALF, AGREE, morePracticesFewerPatients)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equal_thresholds_at_successive_levels_are_allowed() {
        Constitution flat = constitution(Map.of(REPRESENT, HALF, NEGOTIATE, HALF, AGREE, HALF));
        assertThat(flat.thresholdFor(NEGOTIATE)).isEqualTo(flat.thresholdFor(AGREE));
    }

    @Test
    void all_three_levels_above_observe_need_a_threshold() {
        assertThatThrownBy(() -> constitution(Map.of(REPRESENT, HALF, AGREE, TWO_THIRDS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEGOTIATE");
        assertThatThrownBy(() -> constitution(Map.of(NEGOTIATE, HALF, AGREE, TWO_THIRDS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REPRESENT");
        assertThatThrownBy(() -> constitution(Map.of(REPRESENT, HALF, NEGOTIATE, HALF)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AGREE");
        assertThatThrownBy(() -> constitution(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void observe_needs_no_threshold() {
        Map<AuthorityLevel, Threshold> withObserve = new HashMap<>(Map.of(REPRESENT, HALF, NEGOTIATE, HALF, AGREE, TWO_THIRDS));
        withObserve.put(OBSERVE, Threshold.of("0.1", "0.1"));
        assertThatThrownBy(() -> constitution(withObserve)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_adoption_threshold_is_required() {
        assertThatThrownBy(() -> new Constitution(Map.of(REPRESENT, HALF, NEGOTIATE, HALF, AGREE, TWO_THIRDS), null, 7))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 366})
    void feedback_is_due_within_zero_to_365_days(int days) {
        assertThatThrownBy(() -> new Constitution(Map.of(REPRESENT, HALF, NEGOTIATE, HALF, AGREE, TWO_THIRDS), HALF, days))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.5", "1.0001", "2"})
    void a_share_outside_zero_to_one_is_refused(String share) {
        assertThatThrownBy(() -> Threshold.of(share, "0.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.of("0.5", share)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0001", "0.5", "1", "1.000"})
    void a_share_in_zero_exclusive_to_one_inclusive_is_accepted(String share) {
        assertThat(Threshold.of(share, share).practices()).isEqualByComparingTo(new BigDecimal(share));
    }

    @Test
    void a_threshold_is_its_value_not_how_it_was_written() {
        assertThat(Threshold.of("0.50", "0.500")).isEqualTo(Threshold.of("0.5", "0.5"));
        assertThat(Threshold.of("1.0", "1")).isEqualTo(Threshold.of("1", "1.00"));
    }

    @Test
    void a_constitution_does_not_change_when_the_map_it_was_made_from_does() {
        Map<AuthorityLevel, Threshold> thresholds = new HashMap<>(Map.of(REPRESENT, HALF, NEGOTIATE, HALF, AGREE, TWO_THIRDS));
        Constitution constitution = constitution(thresholds);
        thresholds.put(AGREE, HALF);

        assertThat(constitution.thresholdFor(AGREE)).isEqualTo(TWO_THIRDS);
    }
}
