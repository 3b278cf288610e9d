package org.mandateledger.projections.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.mandateledger.organisation.api.OrganisationKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation as it stands now. */
@Entity
@Table(name = "organisation_view")
class OrganisationEntry {

    @Id
    @Column(length = 20)
    String code;
    @Column(nullable = false, length = 200)
    String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    OrganisationKind kind;
    Long registeredPatients;
    LocalDate listSizeDate;
    @Column(length = 20)
    String pcn;
    @Column(nullable = false)
    Instant registeredAt;

    protected OrganisationEntry() {
    }

    OrganisationEntry(String code, String name, OrganisationKind kind, Instant registeredAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.registeredAt = registeredAt;
    }

    OrganisationView view() {
        return new OrganisationView(code, name, kind, registeredPatients, listSizeDate, pcn);
    }
}
