package org.mandateledger.audit.api;

/**
 * The kinds of finding a chair's audit shows, each with its severity. The first four are raised
 * when feedback is checked against its brief; the rest are judged at the instant asked
 * ({@code asOf}) from what the ledger holds then.
 */
public enum FindingType {
    /** A term the brief said must not be conceded was conceded. */
    RED_LINE_BREACH(Severity.CRITICAL),
    /** {@code AGREED} under {@code REPRESENT} or {@code OBSERVE}. */
    AUTHORITY_EXCEEDED(Severity.CRITICAL),
    /** {@code AGREED} under {@code NEGOTIATE}: binds only once the confederation ratifies it; resolved by ratification or rejection. */
    AWAITING_RATIFICATION(Severity.WARNING),
    /** Spoken on without a brief. */
    UNBRIEFED(Severity.WARNING),
    /** The confederation's authority fell below what a brief grants, or the position it rests on was superseded. */
    BRIEF_EXCEEDED(Severity.WARNING),
    /** No feedback by the meeting's start plus the constitution's feedback days. */
    FEEDBACK_OVERDUE(Severity.WARNING),
    /** An action not done by its due day. */
    ACTION_OVERDUE(Severity.WARNING),
    /** A mandate in force whose last valid day is within 30 days. */
    MANDATE_LAPSING(Severity.INFO);

    private final Severity severity;

    FindingType(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
