/**
 * The chair's audit: findings raised when feedback was checked against its brief (kept, with when
 * a ratification resolved them), findings judged at the instant asked (briefs exceeded, feedback
 * and actions overdue, mandates lapsing), and the actions picked up at meetings.
 */
package org.mandateledger.projections.audit;
