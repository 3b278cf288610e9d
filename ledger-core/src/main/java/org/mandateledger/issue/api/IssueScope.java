package org.mandateledger.issue.api;

/** Whose decision an issue is. */
public enum IssueScope {
    /** A group decision of the confederation. */
    COLLECTIVE,
    /** It remains a named organisation's responsibility; the confederation only coordinates, so no one is briefed above REPRESENT. */
    RESERVED
}
