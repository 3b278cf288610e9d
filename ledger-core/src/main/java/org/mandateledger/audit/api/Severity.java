package org.mandateledger.audit.api;

/** How much a finding needs the chair: {@code CRITICAL} at once, {@code WARNING} soon, {@code INFO} to know. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
