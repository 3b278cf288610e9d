package org.mandateledger.projections.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "topic_view")
class TopicEntry {

    @Id
    @Column(length = 64)
    String slug;
    @Column(nullable = false, length = 200)
    String title;
    @Column(length = 64)
    String parent;
    @Column(nullable = false)
    Instant definedAt;

    protected TopicEntry() {
    }

    TopicEntry(String slug, String title, String parent, Instant definedAt) {
        this.slug = slug;
        this.title = title;
        this.parent = parent;
        this.definedAt = definedAt;
    }

    TopicView view() {
        return new TopicView(slug, title, parent);
    }
}
