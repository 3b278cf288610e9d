package org.mandateledger.api.ods;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One practice-to-PCN relationship from the ePCN "PCN Core Partner Details" sheet; ended ones included.
 *
 * @param practiceCode ODS code of the core partner (the practice)
 * @param practiceName practice name as published
 * @param pcnCode      ODS code of the primary care network
 * @param pcnName      PCN name as published (may contain commas)
 * @param start        first day of the relationship
 * @param end          last day of the relationship, or null while it has not ended; never before {@code start}
 */
public record PcnRelationship(
        String practiceCode, String practiceName, String pcnCode, String pcnName, LocalDate start, LocalDate end) {

    public PcnRelationship {
        Objects.requireNonNull(practiceCode, "practiceCode");
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(pcnCode, "pcnCode");
        Objects.requireNonNull(pcnName, "pcnName");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** Started on or before {@code asOf} and not ended before it (both ends inclusive). */
    public boolean isCurrentOn(LocalDate asOf) {
        return !start.isAfter(asOf) && (end == null || !end.isBefore(asOf));
    }
}
