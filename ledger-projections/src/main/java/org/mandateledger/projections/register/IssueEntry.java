package org.mandateledger.projections.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.issue.api.IssueStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "issue_view", indexes = @Index(name = "ix_issue_confederation", columnList = "confederation, raisedAt"))
class IssueEntry {

    @Id
    UUID id;
    @Column(nullable = false, length = 64)
    String confederation;
    @Column(nullable = false, length = 200)
    String title;
    @Column(nullable = false, length = 64)
    String topic;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    SystemLevel level;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    IssueScope scope;
    @Column(length = 20)
    String reservedTo;
    @Column(nullable = false, length = 20)
    String raisedBy;
    @Column(length = 4000)
    String description;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    IssueStatus status;
    @Column(nullable = false)
    Instant raisedAt;
    Instant closedAt;
    @Column(length = 4000)
    String closeReason;

    protected IssueEntry() {
    }
}
