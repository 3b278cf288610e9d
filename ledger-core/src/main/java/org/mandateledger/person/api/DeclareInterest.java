package org.mandateledger.person.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.topic.api.TopicSlug;

public record DeclareInterest(@TargetAggregateIdentifier PersonId person, UUID interestId, TopicSlug topic,
                              InterestCategory category, String description) {
}
