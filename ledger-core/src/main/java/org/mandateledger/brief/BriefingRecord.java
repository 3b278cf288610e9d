package org.mandateledger.brief;

import java.util.List;
import java.util.Optional;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Validity;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.ForumScope;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;

/**
 * What brief-delegate must know of the rest of the ledger, from a consistent source (the event
 * store, in the command's own transaction): the appointment, the issue and its current position,
 * the delegate's declared interests, topic lineage, and the confederation's authority now.
 */
public interface BriefingRecord {

    /** An appointment as recorded now. */
    record AppointmentFacts(ConfederationSlug confederation, PersonId person, ForumScope forums, TopicScope topics,
                            AuthorityLevel ceiling, Validity validity, boolean ended) {
    }

    /** The current version of an issue's position, and whether it was adopted when recorded. */
    record PositionFacts(int version, List<String> essentialTerms, List<String> negotiableTerms, boolean adopted) {

        public PositionFacts {
            essentialTerms = List.copyOf(essentialTerms);
            negotiableTerms = List.copyOf(negotiableTerms);
        }
    }

    /** An issue as recorded now; {@code position} is empty until one is recorded. */
    record IssueFacts(ConfederationSlug confederation, TopicSlug topic, IssueScope scope, boolean closed,
                      Optional<PositionFacts> position) {
    }

    Optional<AppointmentFacts> appointment(AppointmentId appointment);

    Optional<IssueFacts> issue(IssueId issue);

    /** The topic first, then its ancestors up to the root. */
    List<TopicSlug> lineage(TopicSlug topic);

    /** Whether the person has declared an interest on a topic of this lineage (the topic itself or an ancestor). */
    boolean interestDeclared(PersonId person, List<TopicSlug> lineage);

    /** The confederation's authority on the topic now. */
    AuthorityLevel confederationAuthority(ConfederationSlug confederation, TopicSlug topic);
}
