package org.mandateledger.authority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coverage of a topic and the confederation's authority on it. Only member practices count, in
 * numerator and denominator; a practice backs level A when its applicable mandate's ceiling is
 * at least A. The authority is the highest level whose threshold the coverage meets, else
 * {@link AuthorityLevel#OBSERVE}.
 */
public final class CoverageRule {

    /** A member practice with its list size (0 when unknown) and the ceiling of its applicable mandate, if any. */
    public record MemberPractice(String code, long registeredPatients, Optional<AuthorityLevel> ceiling) {
    }

    public record LevelCoverage(AuthorityLevel level, Tally backing, Threshold threshold, boolean met) {
    }

    public record Coverage(Tally total, List<LevelCoverage> levels, AuthorityLevel authority) {
    }

    private CoverageRule() {
    }

    public static Coverage of(Collection<MemberPractice> practices, Map<AuthorityLevel, Threshold> thresholds) {
        Tally total = Tally.NONE;
        for (MemberPractice p : practices) {
            total = total.plus(1, p.registeredPatients());
        }
        List<LevelCoverage> levels = new ArrayList<>();
        AuthorityLevel authority = AuthorityLevel.OBSERVE;
        for (AuthorityLevel level : AuthorityLevel.thresholdLevels()) {
            Tally backing = Tally.NONE;
            for (MemberPractice p : practices) {
                if (p.ceiling().filter(c -> c.atLeast(level)).isPresent()) {
                    backing = backing.plus(1, p.registeredPatients());
                }
            }
            Threshold threshold = thresholds.get(level);
            boolean met = threshold != null && DualMajority.isMet(backing, total, threshold);
            levels.add(new LevelCoverage(level, backing, threshold, met));
            if (met) {
                authority = level;
            }
        }
        return new Coverage(total, List.copyOf(levels), authority);
    }
}
