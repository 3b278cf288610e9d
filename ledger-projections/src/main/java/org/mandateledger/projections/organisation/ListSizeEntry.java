package org.mandateledger.projections.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A list size as recorded at an instant: kept so that coverage can be answered as at any past instant. */
@Entity
@Table(name = "organisation_list_size", indexes = @Index(name = "ix_list_size_code", columnList = "code, recordedAt"))
class ListSizeEntry {

    @Id
    @Column(length = 36)
    String eventId;
    @Column(nullable = false, length = 20)
    String code;
    long registeredPatients;
    LocalDate listSizeDate;
    @Column(nullable = false)
    Instant recordedAt;

    protected ListSizeEntry() {
    }

    ListSizeEntry(String eventId, String code, long registeredPatients, LocalDate listSizeDate, Instant recordedAt) {
        this.eventId = eventId;
        this.code = code;
        this.registeredPatients = registeredPatients;
        this.listSizeDate = listSizeDate;
        this.recordedAt = recordedAt;
    }
}
