package org.mandateledger.projections.speaking;

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
import org.mandateledger.forum.api.ForumScope;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.topic.api.TopicScope;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An appointment with its term (calendar days) and the interval in which it stood (appointed until ended). */
@Entity
@Table(name = "appointment_view", indexes = @Index(name = "ix_appointment_confederation", columnList = "confederation"))
class AppointmentEntry {

    @Id
    UUID id;
    @Column(nullable = false, length = 64)
    String confederation;
    @Column(nullable = false)
    UUID person;
    /** {@code *} or slugs, comma-separated. */
    @Column(nullable = false, length = 65_000)
    String forums;
    @Column(nullable = false, length = 65_000)
    String topics;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    AuthorityLevel ceiling;
    @Column(name = "term_from", nullable = false)
    LocalDate from;
    @Column(name = "term_until")
    LocalDate until;
    @Column(nullable = false)
    Instant appointedAt;
    Instant endedAt;
    @Column(length = 4000)
    String endReason;

    protected AppointmentEntry() {
    }

    ForumScope forumScope() {
        return ForumScope.parse(Arrays.asList(forums.split(",")));
    }

    TopicScope topicScope() {
        return TopicScope.parse(Arrays.asList(topics.split(",")));
    }

    List<String> forumNames() {
        return Arrays.asList(forums.split(","));
    }

    List<String> topicNames() {
        return Arrays.asList(topics.split(","));
    }

    /** Recorded by {@code at}, not ended then, and within its term on that London day. */
    boolean standingAt(Instant at) {
        return !appointedAt.isAfter(at) && (endedAt == null || endedAt.isAfter(at))
                && new Validity(from, until).inForceOn(LedgerClock.dayAt(at));
    }
}
