package org.mandateledger.issue.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicSlug;

@Revision("1")
public record IssueRaised(IssueId id, ConfederationSlug confederation, String title, TopicSlug topic, SystemLevel level,
                          IssueScope scope, OrganisationCode reservedTo, OrganisationCode raisedBy, String description) {
}
