package org.mandateledger.api.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One caller's {@code Idempotency-Key}: the fingerprint of the request that first used it, when it
 * was recorded, and the answer it got once that answer was given. Not an event: keys are kept for
 * the retention period and then deleted.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    @EmbeddedId
    private Id id;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "answer_status")
    private Integer answerStatus;

    @Column(name = "answer_content_type", length = 200)
    private String answerContentType;

    @Column(name = "answer_location", length = 2000)
    private String answerLocation;

    @Column(name = "answer_position")
    private Long answerPosition;

    @Lob
    @Column(name = "answer_body")
    private byte[] answerBody;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(Id id, String fingerprint, Instant recordedAt) {
        this.id = id;
        this.fingerprint = fingerprint;
        this.recordedAt = recordedAt;
    }

    void answer(Answer answer) {
        this.answerStatus = answer.status();
        this.answerContentType = answer.contentType();
        this.answerLocation = answer.location();
        this.answerPosition = answer.position();
        this.answerBody = answer.body();
    }

    String fingerprint() {
        return fingerprint;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    /** The first answer, or null while it has not been given. */
    Answer answer() {
        return answerStatus == null ? null : new Answer(answerStatus, answerContentType, answerLocation, answerPosition, answerBody);
    }

    /** What a retry is answered with: status, {@code Content-Type}, {@code Location}, {@code Ledger-Position} and body. */
    record Answer(int status, String contentType, String location, Long position, byte[] body) {
    }

    /** A key belongs to the caller who sent it: two callers' equal keys are two keys. */
    @Embeddable
    public static class Id implements Serializable {

        @Column(name = "caller", nullable = false, length = 200)
        private String caller;

        @Column(name = "idempotency_key", nullable = false, length = 255)
        private String key;

        protected Id() {
        }

        Id(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && caller.equals(id.caller) && key.equals(id.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, key);
        }
    }
}
