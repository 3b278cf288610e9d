package org.mandateledger.api.ods;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One epraccur row: a prescribing cost centre, which may or may not be an active GP practice.
 *
 * @param code       ODS code, upper-case and of valid form
 * @param name       organisation name as published (trimmed; may be empty)
 * @param status     organisation status
 * @param gpPractice whether the prescribing setting is GP practice (4, or RO76 in newer files)
 * @param closeDate  the close date, or null while none is published
 */
public record EpraccurRow(String code, String name, Status status, boolean gpPractice, LocalDate closeDate) {

    public EpraccurRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }

    /** Organisation status; older files write one letter, files from 2026 write a word. */
    public enum Status {
        ACTIVE, CLOSED, DORMANT, PROPOSED;

        /** A, C, D, P or ACTIVE, CLOSED, INACTIVE, DORMANT, PROPOSED (case-insensitive); INACTIVE is CLOSED. */
        static Optional<Status> fromOds(String text) {
            switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "A", "ACTIVE":
                    return Optional.of(ACTIVE);
                case "C", "CLOSED", "INACTIVE":
                    return Optional.of(CLOSED);
                case "D", "DORMANT":
                    return Optional.of(DORMANT);
                case "P", "PROPOSED":
                    return Optional.of(PROPOSED);
                default:
                    return Optional.empty();
            }
        }
    }

    /** True exactly when {@link #skipReason()} is empty. */
    public boolean isActiveGpPractice() {
        return skipReason().isEmpty();
    }

    /**
     * Empty for an active GP practice. A row that is not a GP practice is {@link SkipReason#NOT_A_GP_PRACTICE}
     * whatever its status, so {@link SkipReason#CLOSED} only ever names GP practices.
     */
    public Optional<SkipReason> skipReason() {
        if (!gpPractice) {
            return Optional.of(SkipReason.NOT_A_GP_PRACTICE);
        }
        if (status != Status.ACTIVE) {
            return Optional.of(SkipReason.CLOSED);
        }
        return Optional.empty();
    }
}
