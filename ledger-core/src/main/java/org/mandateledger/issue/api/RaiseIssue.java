package org.mandateledger.issue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicSlug;

/** raise-issue: a member organisation puts a matter before the confederation. */
public record RaiseIssue(@TargetAggregateIdentifier IssueId id, ConfederationSlug confederation, String title, TopicSlug topic,
                         SystemLevel level, IssueScope scope, OrganisationCode reservedTo, OrganisationCode raisedBy,
                         String description) {
}
