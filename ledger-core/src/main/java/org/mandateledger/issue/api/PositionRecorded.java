package org.mandateledger.issue.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A version of general practice's position on an issue; it supersedes the version before it.
 * Whether it is adopted is derived from the support and the constitution, never recorded.
 */
@Revision("1")
public record PositionRecorded(IssueId issue, int version, String statement, List<Term> essentialTerms, List<Term> negotiableTerms,
                               Support support, Instant agreedAt) {
}
