package org.mandateledger.api.confederation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Threshold;
import org.mandateledger.confederation.api.Constitution;

/** The constitution as the contract writes it: shares as decimals in (0, 1]. */
record ConstitutionRequest(@NotNull Map<AuthorityLevel, @Valid @NotNull ShareRequest> thresholds,
                           @NotNull @Valid ShareRequest adoption,
                           @NotNull Integer feedbackDueDays) {

    /** Shares with at most 10 decimal places: what every database the ledger runs on holds exactly. */
    record ShareRequest(@NotNull @Digits(integer = 1, fraction = 10) BigDecimal practices,
                        @NotNull @Digits(integer = 1, fraction = 10) BigDecimal patients) {

        Threshold threshold() {
            return new Threshold(practices, patients);
        }
    }

    Constitution constitution() {
        Map<AuthorityLevel, Threshold> levels = new EnumMap<>(AuthorityLevel.class);
        thresholds.forEach((level, share) -> levels.put(level, share.threshold()));
        return new Constitution(levels, adoption.threshold(), feedbackDueDays);
    }
}
