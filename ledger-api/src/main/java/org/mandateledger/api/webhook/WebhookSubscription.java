package org.mandateledger.api.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A webhook subscription and where its deliveries stand: the last position acknowledged (every event
 * up to it delivered and answered 2xx, or not one the subscription asked for), and the failed
 * attempts at the next one. Not an event: a subscription is the service's arrangement with a
 * receiver, not something general practice decided. Its secret is kept to sign deliveries and shown
 * only in the answer that created it.
 */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 2000)
    private String url;

    /** The confederations' slugs (or {@code *}), space-separated. */
    @Column(nullable = false, length = 4000)
    private String confederations;

    /** The event types, space-separated; {@code null} for every type. */
    @Column(length = 4000)
    private String types;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** As text, never H2's native ENUM (docs/reliability.md: after a kill one read back its ordinal). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private WebhookState state;

    /** Every event up to this position is done with: delivered, or not one the subscription asked for. */
    @Column(name = "acknowledged_position", nullable = false)
    private long acknowledgedPosition;

    @Column(nullable = false)
    private long delivered;

    @Column(name = "last_delivered_at")
    private Instant lastDeliveredAt;

    /** Failed attempts at the next event. */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String id, String url, Set<String> confederations, Set<String> types, String secret, Instant createdAt,
                        long acknowledgedPosition) {
        this.id = id;
        this.url = url;
        this.confederations = String.join(" ", confederations);
        this.types = types == null ? null : String.join(" ", types);
        this.secret = secret;
        this.createdAt = createdAt;
        this.state = WebhookState.ACTIVE;
        this.acknowledgedPosition = acknowledgedPosition;
    }

    /** The event at {@code position} was answered 2xx. */
    void delivered(long position, Instant at, int status) {
        acknowledgedPosition = position;
        delivered++;
        lastDeliveredAt = at;
        lastAttemptAt = at;
        lastStatus = status;
        attempts = 0;
        firstFailureAt = null;
        nextAttemptAt = null;
    }

    /** Every event up to {@code position} was read past without one to deliver. */
    void passedOver(long position) {
        acknowledgedPosition = Math.max(acknowledgedPosition, position);
    }

    /**
     * An attempt at the event after {@code acknowledged} failed: try again at {@code retryAt}, or,
     * once {@code giveUpAt} the first failure is over, mark the subscription failing.
     */
    void failed(long acknowledged, Instant at, Integer status, String error, Instant retryAt, java.time.Duration giveUpAfter) {
        acknowledgedPosition = Math.max(acknowledgedPosition, acknowledged);
        attempts++;
        if (firstFailureAt == null) {
            firstFailureAt = at;
        }
        lastAttemptAt = at;
        lastStatus = status;
        lastError = error;
        if (!at.isBefore(firstFailureAt.plus(giveUpAfter))) {
            state = WebhookState.FAILING;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** Delivering again, from the event after {@code acknowledged} (the position given, or where it stood). */
    void resume(long acknowledged) {
        acknowledgedPosition = acknowledged;
        state = WebhookState.ACTIVE;
        attempts = 0;
        firstFailureAt = null;
        nextAttemptAt = null;
    }

    String id() {
        return id;
    }

    String url() {
        return url;
    }

    List<String> confederations() {
        return List.of(confederations.split(" "));
    }

    /** The event types asked for, or {@code null} for every type. */
    Set<String> types() {
        return types == null ? null : new LinkedHashSet<>(Arrays.asList(types.split(" ")));
    }

    String secret() {
        return secret;
    }

    Instant createdAt() {
        return createdAt;
    }

    WebhookState state() {
        return state;
    }

    long acknowledgedPosition() {
        return acknowledgedPosition;
    }

    long deliveredCount() {
        return delivered;
    }

    Instant lastDeliveredAt() {
        return lastDeliveredAt;
    }

    int attempts() {
        return attempts;
    }

    Instant firstFailureAt() {
        return firstFailureAt;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    Integer lastStatus() {
        return lastStatus;
    }

    String lastError() {
        return lastError;
    }

    long version() {
        return version;
    }
}
