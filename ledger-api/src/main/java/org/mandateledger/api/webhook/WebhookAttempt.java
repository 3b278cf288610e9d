package org.mandateledger.api.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt at delivering one event to one subscription: the delivery log. Kept for
 * {@code ledger.webhooks.log-retention}, then deleted.
 */
@Entity
@Table(name = "webhook_attempt", indexes = {
        @Index(name = "webhook_attempt_subscription", columnList = "subscription_id, id"),
        @Index(name = "webhook_attempt_time", columnList = "attempted_at")})
class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false, length = 36)
    private String subscriptionId;

    @Column(nullable = false)
    private long position;

    @Column(name = "event_id", nullable = false, length = 100)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    /** 1 for the first attempt at this event. */
    @Column(nullable = false)
    private int attempt;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    /** The receiver's HTTP status, if it answered. */
    @Column(name = "status")
    private Integer status;

    @Column(length = 500)
    private String error;

    @Column(name = "duration_millis", nullable = false)
    private long durationMillis;

    @Column(nullable = false)
    private boolean delivered;

    protected WebhookAttempt() {
    }

    WebhookAttempt(String subscriptionId, long position, String eventId, String eventType, int attempt, Instant attemptedAt,
                   Integer status, String error, long durationMillis, boolean delivered) {
        this.subscriptionId = subscriptionId;
        this.position = position;
        this.eventId = eventId;
        this.eventType = eventType;
        this.attempt = attempt;
        this.attemptedAt = attemptedAt;
        this.status = status;
        this.error = error;
        this.durationMillis = durationMillis;
        this.delivered = delivered;
    }

    Long id() {
        return id;
    }

    long position() {
        return position;
    }

    String eventId() {
        return eventId;
    }

    String eventType() {
        return eventType;
    }

    int attempt() {
        return attempt;
    }

    Instant attemptedAt() {
        return attemptedAt;
    }

    Integer status() {
        return status;
    }

    String error() {
        return error;
    }

    long durationMillis() {
        return durationMillis;
    }

    boolean delivered() {
        return delivered;
    }
}
