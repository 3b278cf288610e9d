package org.mandateledger.projections.coverage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.mandateledger.authority.AuthorityLevel;

/** Coverage of a topic at an instant, per level, and the authority it gives the confederation. */
public record CoverageView(String confederation, String topic, Instant at, Totals totals, List<Level> levels, AuthorityLevel authority) {

    public record Totals(long practices, long patients) {
    }

    public record Threshold(BigDecimal practices, BigDecimal patients) {
    }

    public record Level(AuthorityLevel level, long practices, long patients, BigDecimal practicesShare, BigDecimal patientsShare,
                        Threshold threshold, boolean met) {
    }
}
