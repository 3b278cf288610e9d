package org.mandateledger.projections.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mandateledger.forum.api.SystemLevel;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "forum_view")
class ForumEntry {

    @Id
    @Column(length = 64)
    String slug;
    @Column(nullable = false, length = 200)
    String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    SystemLevel level;
    @Column(length = 20)
    String convenor;

    protected ForumEntry() {
    }

    ForumEntry(String slug) {
        this.slug = slug;
    }

    ForumView view() {
        return new ForumView(slug, name, level, convenor);
    }
}
