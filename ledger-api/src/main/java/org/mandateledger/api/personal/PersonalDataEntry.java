package org.mandateledger.api.personal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One personal value, kept apart from the events that refer to it. {@code value} is {@code null}
 * once erased. {@code sealedCopy} marks a value copied from an event recorded before the vault
 * (revision 1), whose sealed payload still holds it (ADR 0016).
 */
@Entity
@Table(name = "personal_data", indexes = @Index(name = "personal_data_subject", columnList = "subject"))
class PersonalDataEntry {

    @Id
    UUID ref;
    /** {@code person:<id>}, or {@code user:<name>} for a user's pseudonym. */
    @Column(nullable = false, length = 320)
    String subject;
    @Column(nullable = false, length = 40)
    String field;
    @Column(name = "kept_value", length = 4000)
    String value;
    @Column(name = "kept_at", nullable = false)
    Instant keptAt;
    @Column(name = "erased_at")
    Instant erasedAt;
    @Column(name = "sealed_copy", nullable = false)
    boolean sealedCopy;

    protected PersonalDataEntry() {
    }

    PersonalDataEntry(UUID ref, String subject, String field, String value, Instant keptAt, boolean sealedCopy) {
        this.ref = ref;
        this.subject = subject;
        this.field = field;
        this.value = value;
        this.keptAt = keptAt;
        this.sealedCopy = sealedCopy;
    }

    void erase(Instant at) {
        value = null;
        erasedAt = at;
    }
}
