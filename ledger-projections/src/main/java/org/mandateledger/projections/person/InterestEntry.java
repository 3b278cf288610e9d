package org.mandateledger.projections.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mandateledger.person.api.InterestCategory;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "person_interest")
class InterestEntry {

    @Id
    UUID id;
    @Column(nullable = false)
    UUID person;
    @Column(nullable = false, length = 64)
    String topic;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    InterestCategory category;
    @Column(length = 4000)
    String description;
    @Column(nullable = false)
    Instant declaredAt;

    protected InterestEntry() {
    }

    InterestEntry(UUID id, UUID person, String topic, InterestCategory category, String description, Instant declaredAt) {
        this.id = id;
        this.person = person;
        this.topic = topic;
        this.category = category;
        this.description = description;
        this.declaredAt = declaredAt;
    }

    PersonView.Interest view() {
        return new PersonView.Interest(id, topic, category, description, declaredAt);
    }

    void erase(String placeholder) {
        description = placeholder;
    }
}
