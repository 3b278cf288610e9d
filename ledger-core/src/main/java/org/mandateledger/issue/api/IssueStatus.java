package org.mandateledger.issue.api;

public enum IssueStatus {
    OPEN, CLOSED
}
