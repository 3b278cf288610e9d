package org.mandateledger.organisation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.mandateledger.ledger.Identifiers;

/** An organisation's ODS code ({@code N81001}), or a local code for bodies without one ({@code LMC-CHESHIRE}). */
public record OrganisationCode(String value) implements Comparable<OrganisationCode> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OrganisationCode {
        Identifiers.requireCode(value, "organisation");
    }

    @JsonValue
    public String value() {
        return value;
    }

    public String aggregateId() {
        return "organisation:" + value;
    }

    @Override
    public int compareTo(OrganisationCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return aggregateId();
    }
}
