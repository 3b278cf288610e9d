package org.mandateledger.projections.confederation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A spell of membership, from its admission until it left ({@code null} while it lasts). */
@Entity
@Table(name = "confederation_membership", indexes = @Index(name = "ix_membership_slug", columnList = "confederation, member"))
class MembershipEntry {

    @Id
    @Column(length = 36)
    String eventId;
    @Column(nullable = false, length = 64)
    String confederation;
    @Column(nullable = false, length = 20)
    String member;
    @Column(nullable = false)
    Instant admittedAt;
    Instant leftAt;

    protected MembershipEntry() {
    }

    MembershipEntry(String eventId, String confederation, String member, Instant admittedAt) {
        this.eventId = eventId;
        this.confederation = confederation;
        this.member = member;
        this.admittedAt = admittedAt;
    }

    boolean memberAt(Instant at) {
        return !admittedAt.isAfter(at) && (leftAt == null || leftAt.isAfter(at));
    }
}
