package org.mandateledger.projections.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.meeting.api.Decision;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A finding raised by the check of feedback against its brief, and when (and how) a ratification resolved it. */
@Entity
@Table(name = "audit_finding", indexes = @Index(name = "ix_audit_finding_confederation", columnList = "confederation, raisedAt"))
class FindingEntry {

    @Id
    UUID id;
    @Column(nullable = false, length = 64)
    String confederation;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    FindingType type;
    @Column(nullable = false)
    Instant raisedAt;
    @Column(nullable = false)
    UUID brief;
    @Column(nullable = false)
    UUID meeting;
    @Column(nullable = false)
    UUID person;
    UUID issue;
    @Column(length = 64)
    String topic;
    /** Term ids crossed, comma-separated; empty when none. */
    @Column(nullable = false, length = 20_000)
    String terms;
    Instant resolvedAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    Decision resolution;

    protected FindingEntry() {
    }

    /** Raised by {@code at} and not resolved by then. */
    boolean openAt(Instant at) {
        return !raisedAt.isAfter(at) && (resolvedAt == null || resolvedAt.isAfter(at));
    }
}
