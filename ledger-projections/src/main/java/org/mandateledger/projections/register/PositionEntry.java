package org.mandateledger.projections.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One version of a position, with its terms and the stance of each practice as recorded. */
@Entity
@Table(name = "issue_position", indexes = @Index(name = "ix_position_issue", columnList = "issue, version"))
class PositionEntry {

    /** Which list a practice stood in. */
    enum Stance { FOR, AGAINST, ABSTAIN }

    @Embeddable
    static class TermColumns {
        @Column(name = "term_id", nullable = false, length = 10)
        String termId;
        @Column(name = "term_text", nullable = false, length = 4000)
        String text;

        protected TermColumns() {
        }

        TermColumns(String termId, String text) {
            this.termId = termId;
            this.text = text;
        }
    }

    @Embeddable
    static class StanceColumns {
        @Column(nullable = false, length = 20)
        String practice;
        @Column(nullable = false, length = 10)
        @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
        Stance stance;

        protected StanceColumns() {
        }

        StanceColumns(String practice, Stance stance) {
            this.practice = practice;
            this.stance = stance;
        }
    }

    @Id
    @Column(length = 36)
    String eventId;
    @Column(nullable = false)
    UUID issue;
    int version;
    @Column(nullable = false, length = 4000)
    String statement;
    @ElementCollection
    @CollectionTable(name = "issue_position_essential", joinColumns = @JoinColumn(name = "position_event"))
    @OrderColumn(name = "ordinal")
    List<TermColumns> essentialTerms = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "issue_position_negotiable", joinColumns = @JoinColumn(name = "position_event"))
    @OrderColumn(name = "ordinal")
    List<TermColumns> negotiableTerms = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "issue_position_support", joinColumns = @JoinColumn(name = "position_event"))
    List<StanceColumns> support = new ArrayList<>();
    Instant agreedAt;
    @Column(nullable = false)
    Instant recordedAt;

    protected PositionEntry() {
    }

    PositionEntry(String eventId, UUID issue, int version, String statement, Instant agreedAt, Instant recordedAt) {
        this.eventId = eventId;
        this.issue = issue;
        this.version = version;
        this.statement = statement;
        this.agreedAt = agreedAt;
        this.recordedAt = recordedAt;
    }

    List<String> practices(Stance stance) {
        return support.stream().filter(s -> s.stance == stance).map(s -> s.practice).sorted().toList();
    }
}
