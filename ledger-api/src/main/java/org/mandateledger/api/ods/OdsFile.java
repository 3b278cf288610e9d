package org.mandateledger.api.ods;

/** The kinds of published file these readers understand; {@link #label()} is the name used in error messages. */
public enum OdsFile {
    /** ODS {@code epraccur.csv}: GP practices and other prescribing cost centres. */
    EPRACCUR("epraccur"),
    /** ODS {@code ePCN.xlsx}, sheet "PCN Core Partner Details", saved as CSV. */
    EPCN("epcn"),
    /** NHS Digital "Patients Registered at a GP Practice" ({@code gp-reg-pat-prac-all.csv}). */
    LIST_SIZES("listSizes");

    private final String label;

    OdsFile(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
