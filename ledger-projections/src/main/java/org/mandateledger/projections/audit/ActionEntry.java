package org.mandateledger.projections.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action picked up at a meeting, to completion. */
@Entity
@Table(name = "audit_action", indexes = @Index(name = "ix_audit_action_confederation", columnList = "confederation, due"))
class ActionEntry {

    @Id
    UUID id;
    @Column(nullable = false, length = 64)
    String confederation;
    @Column(nullable = false)
    UUID meeting;
    @Column(nullable = false)
    UUID brief;
    @Column(nullable = false, length = 4000)
    String description;
    @Column(nullable = false, length = 20)
    String owner;
    @Column(nullable = false)
    LocalDate due;
    @Column(nullable = false)
    Instant pickedUpAt;
    Instant completedAt;
    @Column(length = 4000)
    String completionNote;

    protected ActionEntry() {
    }

    boolean doneAt(Instant at) {
        return completedAt != null && !completedAt.isAfter(at);
    }

    ActionView view(Instant at) {
        return new ActionView(id, description, owner, due, doneAt(at) ? ActionView.Status.DONE : ActionView.Status.OPEN, brief, meeting,
                pickedUpAt, doneAt(at) ? completedAt : null, doneAt(at) ? completionNote : null);
    }
}
