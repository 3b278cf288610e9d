package org.mandateledger.api.ods;

/** Why an importer of GP practices passes over an epraccur row. */
public enum SkipReason {
    /** The prescribing setting is not GP practice (4, or RO76 in newer files): a hospital, hospice, clinic... */
    NOT_A_GP_PRACTICE("not a GP practice"),
    /** A GP practice whose status is anything but active: closed, inactive, dormant or proposed. */
    CLOSED("closed practice");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    /** Human text for import reports, e.g. "closed practice". */
    public String description() {
        return description;
    }
}
