package org.mandateledger.projections.audit;

import java.time.Instant;
import java.util.UUID;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.audit.api.Severity;

/**
 * One finding of the chair's audit. {@code at} is when it arose: when the feedback was recorded,
 * when feedback fell due, the day after an action's due day began, when a mandate came within 30
 * days of its end — and, for a brief exceeded, the instant the audit was judged at.
 */
public record FindingView(UUID id, FindingType type, Severity severity, Instant at, UUID brief, UUID issue, UUID mandate, UUID person,
                          UUID action, String detail) {
}
