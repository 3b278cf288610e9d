package org.mandateledger.api.webhook;

/**
 * What a subscription is doing: {@code ACTIVE} — delivering, or waiting to retry an event that
 * failed; {@code FAILING} — an event failed for longer than {@code ledger.webhooks.give-up-after},
 * and nothing more is delivered until the subscription is resumed.
 */
public enum WebhookState { ACTIVE, FAILING }
