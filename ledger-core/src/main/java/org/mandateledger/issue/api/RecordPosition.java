package org.mandateledger.issue.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** record-position: general practice's stance on the issue, as a new version. {@code agreedAt} is optional. */
public record RecordPosition(@TargetAggregateIdentifier IssueId issue, String statement, List<String> essentialTerms,
                             List<String> negotiableTerms, Support support, Instant agreedAt) {
}
