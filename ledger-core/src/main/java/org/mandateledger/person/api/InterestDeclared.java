package org.mandateledger.person.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.mandateledger.ledger.PersonalDataRef;
import org.mandateledger.topic.api.TopicSlug;

/**
 * A declared interest on a topic (and so on its descendants). Its description is a reference into
 * the personal data vault (ADR 0016); revision 1 held the text itself.
 */
@Revision("2")
public record InterestDeclared(PersonId person, UUID interestId, TopicSlug topic, InterestCategory category, PersonalDataRef description) {
}
