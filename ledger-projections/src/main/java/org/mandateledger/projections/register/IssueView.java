package org.mandateledger.projections.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.issue.api.IssueStatus;
import org.mandateledger.issue.api.Term;

/** An issue in the register, with every version of its position; {@code currentPosition} is the latest, or null. */
public record IssueView(UUID id, String confederation, String title, String topic, SystemLevel level, IssueScope scope,
                        String reservedTo, String raisedBy, String description, IssueStatus status, Instant raisedAt,
                        Instant closedAt, String closeReason, List<PositionView> positions, PositionView currentPosition) {

    /** A version of the position; support figures are over all member practices when it was recorded. */
    public record PositionView(int version, String statement, List<Term> essentialTerms, List<Term> negotiableTerms,
                               SupportView support, boolean adopted, Instant agreedAt, Instant recordedAt) {
    }

    public record SupportView(List<String> supporting, List<String> against, List<String> abstaining,
                              long practices, long patients, BigDecimal practicesShare, BigDecimal patientsShare) {
    }
}
