package org.mandateledger.api.ods;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A practice's registered-patient count (all sexes, all ages) from "Patients Registered at a GP Practice".
 *
 * @param practiceCode       ODS code of the GP practice
 * @param registeredPatients number of registered patients, 0 or more
 * @param extractDate        the date the list was extracted
 */
public record ListSize(String practiceCode, int registeredPatients, LocalDate extractDate) {

    public ListSize {
        Objects.requireNonNull(practiceCode, "practiceCode");
        Objects.requireNonNull(extractDate, "extractDate");
        if (registeredPatients < 0) {
            throw new IllegalArgumentException("registeredPatients < 0: " + registeredPatients);
        }
    }
}
