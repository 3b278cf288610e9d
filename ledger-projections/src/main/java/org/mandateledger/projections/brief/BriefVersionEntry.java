package org.mandateledger.projections.brief;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a brief, frozen as issued, with the interval in which it was the current one
 * (issued until the next version) and when the delegate acknowledged it.
 */
@Entity
@Table(name = "brief_version", indexes = {
        @Index(name = "ix_brief_version_brief", columnList = "brief, version"),
        @Index(name = "ix_brief_version_person", columnList = "person"),
        @Index(name = "ix_brief_version_appointment", columnList = "appointment")})
class BriefVersionEntry {

    /** An item as granted; term ids are kept comma-separated (they are {@code E1}, {@code N2}, …). */
    @Embeddable
    static class ItemColumns {
        @Column(nullable = false)
        UUID issue;
        @Column(nullable = false, length = 64)
        String topic;
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(nullable = false, length = 20)
        AuthorityLevel authority;
        Integer positionVersion;
        @Column(nullable = false, length = 20_000)
        String mayConcede;
        @Column(nullable = false, length = 20_000)
        String mustNotConcede;
        @Column(length = 4000)
        String notes;
        boolean interestDeclared;

        protected ItemColumns() {
        }

        ItemColumns(UUID issue, String topic, AuthorityLevel authority, Integer positionVersion, List<String> mayConcede,
                    List<String> mustNotConcede, String notes, boolean interestDeclared) {
            this.issue = issue;
            this.topic = topic;
            this.authority = authority;
            this.positionVersion = positionVersion;
            this.mayConcede = String.join(",", mayConcede);
            this.mustNotConcede = String.join(",", mustNotConcede);
            this.notes = notes;
            this.interestDeclared = interestDeclared;
        }

        List<String> mayConcede() {
            return ids(mayConcede);
        }

        List<String> mustNotConcede() {
            return ids(mustNotConcede);
        }

        private static List<String> ids(String joined) {
            return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
        }
    }

    /** A matter an item's delegate must refer back, kept with the position of its item. */
    @Embeddable
    static class ReferBackColumns {
        @Column(nullable = false)
        int item;
        @Column(name = "matter", nullable = false, length = 4000)
        String text;

        protected ReferBackColumns() {
        }

        ReferBackColumns(int item, String text) {
            this.item = item;
            this.text = text;
        }
    }

    @Id
    @Column(length = 36)
    String eventId;
    @Column(nullable = false)
    UUID brief;
    int version;
    @Column(nullable = false)
    UUID meeting;
    @Column(nullable = false)
    UUID appointment;
    @Column(nullable = false)
    UUID person;
    @Column(nullable = false, length = 64)
    String confederation;
    @Column(nullable = false)
    Instant issuedAt;
    Instant supersededAt;
    Instant acknowledgedAt;
    /** When the feedback that closed the brief was recorded (it closes whichever version was current). */
    Instant fedBackAt;
    @ElementCollection
    @CollectionTable(name = "brief_item", joinColumns = @JoinColumn(name = "brief_version"))
    @OrderColumn(name = "ordinal")
    List<ItemColumns> items = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "brief_refer_back", joinColumns = @JoinColumn(name = "brief_version"))
    @OrderColumn(name = "ordinal")
    List<ReferBackColumns> referBack = new ArrayList<>();

    protected BriefVersionEntry() {
    }

    /** The version current at {@code at}: issued by then and not yet replaced. */
    boolean currentAt(Instant at) {
        return !issuedAt.isAfter(at) && (supersededAt == null || supersededAt.isAfter(at));
    }

    List<String> referBackOf(int item) {
        return referBack.stream().filter(r -> r.item == item).map(r -> r.text).toList();
    }
}
