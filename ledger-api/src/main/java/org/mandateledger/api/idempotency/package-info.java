/**
 * {@code Idempotency-Key} on writes: a retry returns the first answer and appends nothing. The key
 * is claimed in the transaction that records the request's first command, so a key is kept if and
 * only if what it recorded is (ADR 0014).
 */
package org.mandateledger.api.idempotency;
