package org.mandateledger.projections.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "person_view")
class PersonEntry {

    @Id
    UUID id;
    @Column(nullable = false, length = 200)
    String name;
    @Column(nullable = false, length = 200)
    String role;
    @Column(nullable = false, length = 20)
    String organisation;
    @Column(length = 200)
    String login;
    @Column(nullable = false)
    boolean erased;

    protected PersonEntry() {
    }

    PersonEntry(UUID id, String name, String role, String organisation, String login) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.organisation = organisation;
        this.login = login;
    }

    void erase(String placeholder) {
        name = placeholder;
        login = null;
        erased = true;
    }
}
