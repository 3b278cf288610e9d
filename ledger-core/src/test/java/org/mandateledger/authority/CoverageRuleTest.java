package org.mandateledger.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.authority.AuthorityLevel.AGREE;
import static org.mandateledger.authority.AuthorityLevel.NEGOTIATE;
import static org.mandateledger.authority.AuthorityLevel.OBSERVE;
import static org.mandateledger.authority.AuthorityLevel.REPRESENT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mandateledger.authority.CoverageRule.Coverage;
import org.mandateledger.authority.CoverageRule.LevelCoverage;
import org.mandateledger.authority.CoverageRule.MemberPractice;

class CoverageRuleTest {

    /** The domain's example constitution: REPRESENT ½ and ½, NEGOTIATE ½ and ½, AGREE (about) ⅔ and ⅔. */
    private static final Map<AuthorityLevel, Threshold> THRESHOLDS = Map.of(
            REPRESENT, Threshold.of("0.5", "0.5"),
            NEGOTIATE, Threshold.of("0.5", "0.5"),
            AGREE, Threshold.of("0.66", "0.66"));

    private static MemberPractice practice(String code, long patients, AuthorityLevel ceiling) {
        return new MemberPractice(code, patients, Optional.of(ceiling));
    }

    private static MemberPractice withoutMandate(String code, long patients) {
        return new MemberPractice(code, patients, Optional.empty());
    }

    private static LevelCoverage at(Coverage coverage, AuthorityLevel level) {
        return coverage.levels().stream().filter(l -> l.level() == level).findFirst().orElseThrow();
    }

    @Test
    void the_authority_is_the_highest_level_whose_threshold_is_met() {
        Coverage coverage = CoverageRule.of(List.of(
                practice("N81001", 10_000, AGREE),
                practice("N81002", 2_000, AGREE),
                practice("N81003", 3_000, REPRESENT),
                withoutMandate("N81004", 5_000)), THRESHOLDS);

        assertThat(coverage.total()).isEqualTo(new Tally(4, 20_000));
        assertThat(at(coverage, REPRESENT).backing()).isEqualTo(new Tally(3, 15_000));
        assertThat(at(coverage, NEGOTIATE).backing()).isEqualTo(new Tally(2, 12_000));
        assertThat(at(coverage, AGREE).backing()).isEqualTo(new Tally(2, 12_000));
        assertThat(coverage.levels()).extracting(LevelCoverage::met).containsExactly(true, true, false);
        assertThat(coverage.authority()).isEqualTo(NEGOTIATE);
    }

    @Test
    void a_mandate_backs_every_level_up_to_its_ceiling() {
        Coverage coverage = CoverageRule.of(List.of(
                practice("N81001", 4_000, AGREE),
                practice("N81002", 4_000, AGREE),
                practice("N81003", 4_000, AGREE)), THRESHOLDS);

        assertThat(coverage.levels()).extracting(LevelCoverage::backing)
                .containsExactly(new Tally(3, 12_000), new Tally(3, 12_000), new Tally(3, 12_000));
        assertThat(coverage.authority()).isEqualTo(AGREE);
    }

    @Test
    void a_head_count_alone_does_not_give_authority_when_the_patients_withhold_it() {
        // three small practices back REPRESENT, the large one does not: 3 of 4 practices, 3,000 of 13,000 patients
        Coverage coverage = CoverageRule.of(List.of(
                practice("N81001", 1_000, REPRESENT),
                practice("N81002", 1_000, REPRESENT),
                practice("N81003", 1_000, REPRESENT),
                withoutMandate("N81004", 10_000)), THRESHOLDS);

        assertThat(at(coverage, REPRESENT).backing()).isEqualTo(new Tally(3, 3_000));
        assertThat(at(coverage, REPRESENT).met()).isFalse();
        assertThat(coverage.authority()).isEqualTo(OBSERVE);
    }

    @Test
    void one_large_practice_alone_does_not_give_authority() {
        Coverage coverage = CoverageRule.of(List.of(
                practice("N81004", 10_000, AGREE),
                withoutMandate("N81001", 1_000),
                withoutMandate("N81002", 1_000),
                withoutMandate("N81003", 1_000)), THRESHOLDS);

        assertThat(at(coverage, AGREE).backing()).isEqualTo(new Tally(1, 10_000));
        assertThat(coverage.authority()).isEqualTo(OBSERVE);
    }

    @Test
    void a_practice_with_no_known_list_size_counts_as_no_patients() {
        // N81002's list size is unknown: it counts as a practice but brings no patients
        Coverage coverage = CoverageRule.of(List.of(
                practice("N81001", 4_000, REPRESENT),
                practice("N81002", 0, REPRESENT),
                withoutMandate("N81003", 5_000)), THRESHOLDS);

        assertThat(coverage.total()).isEqualTo(new Tally(3, 9_000));
        assertThat(at(coverage, REPRESENT).backing()).isEqualTo(new Tally(2, 4_000));
        // 2 of 3 practices, but 4,000 of 9,000 patients: not met
        assertThat(coverage.authority()).isEqualTo(OBSERVE);
    }

    @Test
    void when_no_practice_has_a_known_list_size_nothing_is_met() {
        Coverage coverage = CoverageRule.of(List.of(
                practice("N81001", 0, AGREE),
                practice("N81002", 0, AGREE)), THRESHOLDS);

        assertThat(coverage.levels()).extracting(LevelCoverage::met).containsOnly(false);
        assertThat(coverage.authority()).isEqualTo(OBSERVE);
    }

    @Test
    void observe_when_nothing_is_met() {
        Coverage coverage = CoverageRule.of(List.of(
                withoutMandate("N81001", 4_000),
                withoutMandate("N81002", 6_000)), THRESHOLDS);

        assertThat(coverage.levels()).extracting(LevelCoverage::backing).containsOnly(Tally.NONE);
        assertThat(coverage.authority()).isEqualTo(OBSERVE);
    }

    @Test
    void a_confederation_with_no_member_practices_only_observes() {
        Coverage coverage = CoverageRule.of(List.of(), THRESHOLDS);

        assertThat(coverage.total()).isEqualTo(Tally.NONE);
        assertThat(coverage.authority()).isEqualTo(OBSERVE);
    }

    @Test
    void a_mandate_with_an_observe_ceiling_backs_no_level() {
        Coverage coverage = CoverageRule.of(List.of(
                practice("N81001", 5_000, OBSERVE),
                practice("N81002", 5_000, OBSERVE)), THRESHOLDS);

        assertThat(at(coverage, REPRESENT).backing()).isEqualTo(Tally.NONE);
        assertThat(coverage.authority()).isEqualTo(OBSERVE);
    }

    @Test
    void each_level_is_reported_with_its_threshold() {
        Coverage coverage = CoverageRule.of(List.of(practice("N81001", 5_000, AGREE)), THRESHOLDS);

        assertThat(coverage.levels()).extracting(LevelCoverage::level).containsExactly(REPRESENT, NEGOTIATE, AGREE);
        assertThat(at(coverage, AGREE).threshold()).isEqualTo(Threshold.of("0.66", "0.66"));
    }
}
