package org.mandateledger.person.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.mandateledger.topic.api.TopicSlug;

/** A declared interest on a topic (and so on its descendants). */
@Revision("1")
public record InterestDeclared(PersonId person, UUID interestId, TopicSlug topic, InterestCategory category, String description) {
}
