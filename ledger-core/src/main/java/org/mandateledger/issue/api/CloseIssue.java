package org.mandateledger.issue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseIssue(@TargetAggregateIdentifier IssueId issue, String reason) {
}
