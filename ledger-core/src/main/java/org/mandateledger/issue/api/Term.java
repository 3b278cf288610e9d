package org.mandateledger.issue.api;

/** A term of a position with its stable id: {@code E1, E2, ...} for essential terms, {@code N1, ...} for negotiable ones. */
public record Term(String id, String text) {
}
