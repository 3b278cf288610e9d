package org.mandateledger.projections;

/**
 * Every projection belongs to one streaming processor, so that all read models stand at the same
 * position: a query that joins several (coverage reads members, mandates, list sizes and the
 * topic tree) never sees one ahead of another.
 */
public final class LedgerProcessor {

    public static final String NAME = "ledger";

    private LedgerProcessor() {
    }
}
