package org.mandateledger.projections.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "meeting_view")
class MeetingEntry {

    @Id
    UUID id;
    @Column(nullable = false, length = 64)
    String forum;
    @Column(nullable = false)
    Instant startsAt;
    @Column(nullable = false, length = 200)
    String title;

    protected MeetingEntry() {
    }

    MeetingEntry(UUID id, String forum, Instant startsAt, String title) {
        this.id = id;
        this.forum = forum;
        this.startsAt = startsAt;
        this.title = title;
    }
}
