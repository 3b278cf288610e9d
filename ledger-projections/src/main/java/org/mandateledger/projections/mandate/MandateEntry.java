package org.mandateledger.projections.mandate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Validity;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.topic.api.TopicScope;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A mandate with both of its time axes: the calendar days it is valid on, and the recorded
 * interval in which it stood (from its grant until it was withdrawn or superseded). Coverage as
 * at an instant reads both.
 */
@Entity
@Table(name = "mandate_view", indexes = @Index(name = "ix_mandate_confederation", columnList = "confederation, grantor"))
class MandateEntry {

    @Id
    UUID id;
    @Column(nullable = false, length = 64)
    String confederation;
    @Column(nullable = false, length = 20)
    String grantor;
    /** {@code *} or the slugs, comma-separated: up to the contract's 1,000 slugs of 64 characters. */
    @Column(nullable = false, length = 65_000)
    String topics;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    AuthorityLevel ceiling;
    @Column(nullable = false)
    LocalDate validFrom;
    LocalDate validUntil;
    @Column(length = 4000)
    String terms;
    @Column(length = 4000)
    String evidence;
    @Column(nullable = false)
    Instant grantedAt;
    Instant withdrawnAt;
    @Column(length = 4000)
    String withdrawalReason;
    /** When the supersession was recorded, and the first day on which it takes effect. */
    Instant supersededAt;
    LocalDate supersededFrom;
    UUID supersededBy;

    protected MandateEntry() {
    }

    MandateEntry(UUID id, String confederation, String grantor, TopicScope topics, AuthorityLevel ceiling, LocalDate validFrom,
                 LocalDate validUntil, String terms, String evidence, Instant grantedAt) {
        this.id = id;
        this.confederation = confederation;
        this.grantor = grantor;
        this.topics = String.join(",", topics.names());
        this.ceiling = ceiling;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.terms = terms;
        this.evidence = evidence;
        this.grantedAt = grantedAt;
    }

    List<String> topicNames() {
        return Arrays.asList(topics.split(","));
    }

    TopicScope scope() {
        return TopicScope.parse(topicNames());
    }

    Validity validity() {
        return new Validity(validFrom, validUntil);
    }

    /** Counting at {@code at}: recorded by then, neither withdrawn nor superseded then, and valid on that London day. */
    boolean inForceAt(Instant at) {
        return !grantedAt.isAfter(at) && statusAt(at) == MandateStatus.ACTIVE && validity().inForceOn(LedgerClock.dayAt(at));
    }

    /** Where it stood at {@code at}, as recorded by then, its dates judged on that instant's London day. */
    MandateStatus statusAt(Instant at) {
        LocalDate day = LedgerClock.dayAt(at);
        if (withdrawnAt != null && !withdrawnAt.isAfter(at)) {
            return MandateStatus.WITHDRAWN;
        }
        if (supersededAt != null && !supersededAt.isAfter(at) && !day.isBefore(supersededFrom)) {
            return MandateStatus.SUPERSEDED;
        }
        return validity().lapsedOn(day) ? MandateStatus.LAPSED : MandateStatus.ACTIVE;
    }

    MandateView view(Instant at) {
        return new MandateView(id, confederation, grantor, topicNames(), ceiling, validFrom, validUntil, terms, evidence,
                statusAt(at), grantedAt, withdrawnAt, withdrawalReason, supersededBy, supersededFrom);
    }
}
