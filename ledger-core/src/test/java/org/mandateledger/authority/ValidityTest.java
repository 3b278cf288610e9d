package org.mandateledger.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final Validity THIS_FINANCIAL_YEAR = new Validity(APRIL_1, MARCH_31);

    @Test
    void in_force_from_the_first_day_inclusive() {
        assertThat(THIS_FINANCIAL_YEAR.inForceOn(APRIL_1)).isTrue();
    }

    @Test
    void in_force_on_the_last_day_inclusive() {
        assertThat(THIS_FINANCIAL_YEAR.inForceOn(MARCH_31)).isTrue();
        assertThat(THIS_FINANCIAL_YEAR.lapsedOn(MARCH_31)).isFalse();
    }

    @Test
    void a_future_start_is_not_yet_in_force_but_has_not_lapsed() {
        LocalDate dayBefore = APRIL_1.minusDays(1);
        assertThat(THIS_FINANCIAL_YEAR.inForceOn(dayBefore)).isFalse();
        assertThat(THIS_FINANCIAL_YEAR.lapsedOn(dayBefore)).isFalse();
    }

    @Test
    void it_lapses_the_day_after_until() {
        LocalDate dayAfter = MARCH_31.plusDays(1);
        assertThat(THIS_FINANCIAL_YEAR.lapsedOn(dayAfter)).isTrue();
        assertThat(THIS_FINANCIAL_YEAR.inForceOn(dayAfter)).isFalse();
    }

    @Test
    void an_open_end_never_lapses() {
        Validity openEnded = new Validity(APRIL_1, null);
        assertThat(openEnded.lapsedOn(LocalDate.of(2099, 12, 31))).isFalse();
        assertThat(openEnded.inForceOn(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void a_single_day_is_a_valid_period() {
        Validity oneDay = new Validity(APRIL_1, APRIL_1);
        assertThat(oneDay.inForceOn(APRIL_1)).isTrue();
        assertThat(oneDay.inForceOn(APRIL_1.plusDays(1))).isFalse();
    }

    @Test
    void until_before_from_is_refused() {
        assertThatThrownBy(() -> new Validity(APRIL_1, APRIL_1.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_period_needs_a_start() {
        assertThatThrownBy(() -> new Validity(null, MARCH_31)).isInstanceOf(NullPointerException.class);
    }
}
