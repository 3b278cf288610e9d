/**
 * The personal data vault: names, logins and interests' descriptions kept outside the event store
 * and the seal, referred to by the events, and erased by an {@code ADMIN} without touching the
 * chain (ADR 0016).
 */
package org.mandateledger.api.personal;
