package org.mandateledger.meeting.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicSlug;

/**
 * The delegate's feedback on a brief, and the findings the ledger raised on checking it against
 * the version it closes. It closes the brief: there is one feedback per brief.
 */
@Revision("1")
public record FeedbackRecorded(MeetingId meeting, BriefId brief, int version, PersonId delegate, ConfederationSlug confederation,
                               List<FeedBack.ItemOutcome> items, List<FeedBack.Unbriefed> unbriefed, List<FeedBack.Action> actions,
                               List<Finding> findings) {

    public FeedbackRecorded {
        items = List.copyOf(items);
        unbriefed = List.copyOf(unbriefed);
        actions = List.copyOf(actions);
        findings = List.copyOf(findings);
    }

    /**
     * A finding raised by the check: on an item ({@code issue}, with the {@code terms} a red line
     * was crossed on) or on a matter spoken on without a brief ({@code topic}).
     */
    public record Finding(FindingType type, IssueId issue, TopicSlug topic, List<String> terms) {

        public Finding {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }
    }
}
