package org.mandateledger.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DualMajorityTest {

    private static final Threshold HALF = Threshold.of("0.5", "0.5");

    /** Backing by count only: the patients side is made plainly met, so the story is about practices. */
    private static boolean practicesMeet(long backing, long total, String share) {
        return DualMajority.isMet(new Tally(backing, 1_000), new Tally(total, 1_000), Threshold.of(share, "0.5"));
    }

    /** Backing by patients only: the practices side is made plainly met. */
    private static boolean patientsMeet(long backing, long total, String share) {
        return DualMajority.isMet(new Tally(1, backing), new Tally(1, total), Threshold.of("0.5", share));
    }

    @Test
    void half_of_four_practices_is_met_by_two() {
        assertThat(practicesMeet(2, 4, "0.5")).isTrue();
    }

    @Test
    void one_of_three_practices_is_not_half() {
        assertThat(practicesMeet(1, 3, "0.5")).isFalse();
    }

    @Test
    void two_of_three_practices_is_more_than_half() {
        assertThat(practicesMeet(2, 3, "0.5")).isTrue();
    }

    @Test
    void one_patient_short_of_half_is_not_met() {
        assertThat(patientsMeet(49_999, 100_000, "0.5")).isFalse();
        assertThat(patientsMeet(50_000, 100_000, "0.5")).isTrue();
    }

    @Test
    void a_whole_threshold_needs_every_practice() {
        assertThat(practicesMeet(4, 4, "1")).isTrue();
        assertThat(practicesMeet(3, 4, "1")).isFalse();
    }

    @Test
    void a_share_is_decided_exactly_where_floating_point_would_round() {
        // In doubles 0.55 * 100 is 55.00000000000001 and 0.56 * 25 is 14.000000000000002: a floating-point
        // comparison would refuse both, though 55 of 100 is exactly 0.55 and 14 of 25 exactly 0.56.
        assertThat(0.55 * 100).isGreaterThan(55.0);
        assertThat(0.56 * 25).isGreaterThan(14.0);

        assertThat(practicesMeet(55, 100, "0.55")).isTrue();
        assertThat(practicesMeet(14, 25, "0.56")).isTrue();
        assertThat(patientsMeet(55_000, 100_000, "0.55")).isTrue();
        assertThat(patientsMeet(54_999, 100_000, "0.55")).isFalse();
    }

    @Test
    void two_thirds_can_only_be_written_as_a_decimal_just_above_or_just_below_it() {
        // A threshold is an exact decimal, and no decimal is exactly 2/3. Rounded up, 2 of 3 no longer meets it;
        // rounded down, it is met by 2 of 3, and also by a share a little under two thirds.
        assertThat(practicesMeet(2, 3, "0.6666666667")).isFalse();
        assertThat(practicesMeet(2, 3, "0.6666666666")).isTrue();
        assertThat(practicesMeet(6_666_666_666L, 10_000_000_000L, "0.6666666666")).isTrue();
        // A coarser ⅔ such as 0.66 is met by 2 of 3, but also by 33 of 50, which is less than two thirds.
        assertThat(practicesMeet(2, 3, "0.66")).isTrue();
        assertThat(practicesMeet(33, 50, "0.66")).isTrue();
        assertThat(practicesMeet(65, 100, "0.66")).isFalse();
    }

    @Test
    void a_share_of_an_empty_total_is_never_met() {
        Threshold smallest = Threshold.of("0.0001", "0.0001");
        assertThat(DualMajority.isMet(Tally.NONE, Tally.NONE, smallest)).isFalse();
    }

    @Test
    void practices_whose_list_sizes_are_all_unknown_are_an_empty_total_of_patients() {
        // two practices, both backing, but no registered patients known: the patients' share is of nothing
        assertThat(DualMajority.isMet(new Tally(2, 0), new Tally(2, 0), HALF)).isFalse();
    }

    @Test
    void met_by_count_but_not_by_patients_is_not_met() {
        // three small practices of four back it, the large one does not
        Tally backing = new Tally(3, 3_000);
        Tally total = new Tally(4, 13_000);
        assertThat(DualMajority.isMet(backing, total, HALF)).isFalse();
    }

    @Test
    void met_by_patients_but_not_by_count_is_not_met() {
        // the one large practice of four backs it, the three small ones do not
        Tally backing = new Tally(1, 10_000);
        Tally total = new Tally(4, 13_000);
        assertThat(DualMajority.isMet(backing, total, HALF)).isFalse();
    }

    @Test
    void met_by_count_and_by_patients_is_met() {
        Tally backing = new Tally(2, 11_000);
        Tally total = new Tally(4, 13_000);
        assertThat(DualMajority.isMet(backing, total, HALF)).isTrue();
    }

    @Test
    void the_share_shown_is_rounded_for_display_only() {
        assertThat(DualMajority.share(2, 3)).isEqualByComparingTo(new BigDecimal("0.666667"));
        assertThat(DualMajority.share(2, 4)).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(DualMajority.share(5, 0)).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
