package org.mandateledger.projections.confederation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A constitution in force from {@code recordedAt} until the next one for the same confederation. */
@Entity
@Table(name = "confederation_constitution", indexes = @Index(name = "ix_constitution_slug", columnList = "confederation, recordedAt"))
class ConstitutionEntry {

    @Id
    @Column(length = 36)
    String eventId;
    @Column(nullable = false, length = 64)
    String confederation;
    @Embedded
    ConstitutionColumns constitution;
    @Column(nullable = false)
    Instant recordedAt;

    protected ConstitutionEntry() {
    }

    ConstitutionEntry(String eventId, String confederation, ConstitutionColumns constitution, Instant recordedAt) {
        this.eventId = eventId;
        this.confederation = confederation;
        this.constitution = constitution;
        this.recordedAt = recordedAt;
    }
}
