package org.mandateledger.meeting.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicSlug;

/**
 * A version of a brief, frozen as issued: what the delegate may say and agree at the meeting. A
 * later version for the same appointment and meeting replaces it.
 */
@Revision("1")
public record BriefIssued(MeetingId meeting, BriefId brief, int version, AppointmentId appointment, PersonId delegate,
                          ConfederationSlug confederation, List<BriefItem> items) {

    public BriefIssued {
        items = List.copyOf(items);
    }

    /**
     * One agenda item as granted.
     *
     * @param topic            the issue's topic when briefed
     * @param positionVersion  the position version it rests on; {@code null} when the issue had none (observing only)
     * @param mayConcede       negotiable term ids the delegate may concede
     * @param mustNotConcede   the essential term ids and every negotiable one not in {@code mayConcede}
     * @param interestDeclared the delegate had declared an interest covering the topic when briefed
     */
    public record BriefItem(IssueId issue, TopicSlug topic, AuthorityLevel authority, Integer positionVersion, List<String> mayConcede,
                            List<String> mustNotConcede, List<String> referBack, String notes, boolean interestDeclared) {

        public BriefItem {
            mayConcede = List.copyOf(mayConcede);
            mustNotConcede = List.copyOf(mustNotConcede);
            referBack = List.copyOf(referBack);
        }
    }
}
