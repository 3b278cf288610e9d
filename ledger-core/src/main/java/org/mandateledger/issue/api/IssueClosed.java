package org.mandateledger.issue.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record IssueClosed(IssueId issue, String reason) {
}
