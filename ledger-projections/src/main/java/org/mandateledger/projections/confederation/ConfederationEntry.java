package org.mandateledger.projections.confederation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A confederation as it stands now. */
@Entity
@Table(name = "confederation_view")
class ConfederationEntry {

    @Id
    @Column(length = 64)
    String slug;
    @Column(nullable = false, length = 200)
    String name;
    @Column(nullable = false, length = 200)
    String place;
    @Embedded
    ConstitutionColumns constitution;
    @Column(nullable = false)
    Instant formedAt;

    protected ConfederationEntry() {
    }

    ConfederationEntry(String slug, String name, String place, ConstitutionColumns constitution, Instant formedAt) {
        this.slug = slug;
        this.name = name;
        this.place = place;
        this.constitution = constitution;
        this.formedAt = formedAt;
    }
}
