package org.mandateledger.ledger;

/** What a create-or-update command did: the importer counts these. */
public enum RecordOutcome {
    REGISTERED, UPDATED, UNCHANGED
}
