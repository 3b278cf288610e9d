package org.mandateledger.confederation.api;

/** Where a mandate stands at an instant; LAPSED is derived from the date, never recorded. */
public enum MandateStatus {
    ACTIVE, WITHDRAWN, LAPSED, SUPERSEDED
}
