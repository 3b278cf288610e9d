package org.mandateledger.projections.brief;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.mandateledger.meeting.api.Outcome;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The feedback that closed a brief: what came of each item, commitments, and what was said without a brief. */
@Entity
@Table(name = "brief_feedback")
class FeedbackEntry {

    @Embeddable
    static class OutcomeColumns {
        @Column(nullable = false)
        UUID issue;
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(nullable = false, length = 20)
        Outcome outcome;
        @Column(length = 4000)
        String summary;
        /** Term ids, comma-separated. */
        @Column(nullable = false, length = 20_000)
        String conceded;

        protected OutcomeColumns() {
        }

        OutcomeColumns(UUID issue, Outcome outcome, String summary, List<String> conceded) {
            this.issue = issue;
            this.outcome = outcome;
            this.summary = summary;
            this.conceded = String.join(",", conceded);
        }

        List<String> conceded() {
            return conceded.isEmpty() ? List.of() : Arrays.asList(conceded.split(","));
        }
    }

    @Embeddable
    static class CommitmentColumns {
        @Column(nullable = false)
        int item;
        @Column(name = "commitment", nullable = false, length = 4000)
        String text;

        protected CommitmentColumns() {
        }

        CommitmentColumns(int item, String text) {
            this.item = item;
            this.text = text;
        }
    }

    @Embeddable
    static class UnbriefedColumns {
        @Column(nullable = false, length = 64)
        String topic;
        @Column(length = 4000)
        String summary;

        protected UnbriefedColumns() {
        }

        UnbriefedColumns(String topic, String summary) {
            this.topic = topic;
            this.summary = summary;
        }
    }

    @Id
    UUID brief;
    int version;
    @Column(nullable = false)
    Instant recordedAt;
    @ElementCollection
    @CollectionTable(name = "brief_feedback_outcome", joinColumns = @JoinColumn(name = "brief"))
    @OrderColumn(name = "ordinal")
    List<OutcomeColumns> outcomes = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "brief_feedback_commitment", joinColumns = @JoinColumn(name = "brief"))
    @OrderColumn(name = "ordinal")
    List<CommitmentColumns> commitments = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "brief_feedback_unbriefed", joinColumns = @JoinColumn(name = "brief"))
    @OrderColumn(name = "ordinal")
    List<UnbriefedColumns> unbriefed = new ArrayList<>();

    protected FeedbackEntry() {
    }

    BriefView.Feedback view() {
        List<BriefView.FeedbackItem> items = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeColumns o = outcomes.get(i);
            int item = i;
            items.add(new BriefView.FeedbackItem(o.issue, o.outcome, o.summary, o.conceded(),
                    commitments.stream().filter(c -> c.item == item).map(c -> c.text).toList()));
        }
        return new BriefView.Feedback(version, recordedAt, List.copyOf(items),
                unbriefed.stream().map(u -> new BriefView.UnbriefedMatter(u.topic, u.summary)).toList());
    }
}
