package org.mandateledger.api.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.webhooks.*}: where deliveries may go, how they are retried and how long their log is kept.
 *
 * @param allowPrivateAddresses deliver to loopback, private (RFC 1918, RFC 4193), link-local and other
 *                              non-public addresses; off, so a subscription cannot reach inside the network
 *                              the service runs in (tests and a receiver on the same host turn it on)
 * @param requireHttps          refuse {@code http} URLs (on under {@code prod})
 * @param pollEvery             how often subscriptions are looked at for new events and retries due
 * @param firstRetryAfter       the wait after a first failed attempt; each further failure doubles it
 * @param longestRetryAfter     the longest wait between two attempts
 * @param giveUpAfter           how long an event is retried before the subscription is marked failing (at least 24 hours
 *                              in service; the tests shorten it)
 * @param connectTimeout        how long a connection to a receiver may take
 * @param answerTimeout         how long a receiver may take to answer a delivery
 * @param threads               how many subscriptions are delivered to at once (each one's events in order, one at a time)
 * @param logRetention          how long the delivery log keeps an attempt
 */
@ConfigurationProperties("ledger.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("false") boolean requireHttps,
        @DefaultValue("PT0.5S") Duration pollEvery,
        @DefaultValue("PT5S") Duration firstRetryAfter,
        @DefaultValue("PT1H") Duration longestRetryAfter,
        @DefaultValue("PT24H") Duration giveUpAfter,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT15S") Duration answerTimeout,
        @DefaultValue("4") int threads,
        @DefaultValue("P30D") Duration logRetention) {

    public WebhookProperties {
        if (threads < 1) {
            throw new IllegalArgumentException("ledger.webhooks.threads must be at least 1");
        }
        if (firstRetryAfter.isNegative() || firstRetryAfter.isZero() || longestRetryAfter.compareTo(firstRetryAfter) < 0) {
            throw new IllegalArgumentException("ledger.webhooks.first-retry-after must be positive and no longer than longest-retry-after");
        }
        if (pollEvery.isNegative() || pollEvery.isZero()) {
            throw new IllegalArgumentException("ledger.webhooks.poll-every must be positive");
        }
    }
}
