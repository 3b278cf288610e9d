package org.mandateledger.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.DomainRuleViolation.Breach;
import org.mandateledger.meeting.api.BriefIssued.BriefItem;
import org.mandateledger.meeting.api.FeedBack;
import org.mandateledger.meeting.api.FeedbackRecorded.Finding;
import org.mandateledger.meeting.api.Outcome;

/**
 * feed-back checked against the brief it closes. Feedback gives the outcome of every item of the
 * brief and of nothing else (a matter outside them is reported as unbriefed), and concedes only
 * terms of the position each item rests on; then every departure from the brief is found:
 * <ul>
 * <li>a term the brief said must not be conceded, conceded: {@code RED_LINE_BREACH};</li>
 * <li>{@code AGREED} under {@code REPRESENT} or {@code OBSERVE}: {@code AUTHORITY_EXCEEDED};</li>
 * <li>{@code AGREED} under {@code NEGOTIATE}: {@code AWAITING_RATIFICATION};</li>
 * <li>a matter spoken on without a brief: {@code UNBRIEFED}.</li>
 * </ul>
 * What happened is recorded whatever it was: a finding never refuses the feedback.
 */
final class FeedbackCheck {

    private FeedbackCheck() {
    }

    /** The findings, in the order of the items and then the unbriefed matters; refuses feedback that does not fit its brief. */
    static List<Finding> findings(List<BriefItem> briefed, FeedBack feedback) {
        Map<IssueId, BriefItem> byIssue = new LinkedHashMap<>();
        briefed.forEach(item -> byIssue.put(item.issue(), item));
        List<Breach> breaches = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<IssueId> reported = new HashSet<>();
        for (int i = 0; i < feedback.items().size(); i++) {
            FeedBack.ItemOutcome outcome = feedback.items().get(i);
            String field = "items[" + i + "]";
            BriefItem item = byIssue.get(outcome.issue());
            if (item == null) {
                breaches.add(new Breach("ISSUE_NOT_IN_BRIEF", field, "issue " + outcome.issue().value()
                        + " is not an item of the brief; report it as unbriefed, with its topic"));
                continue;
            }
            if (!reported.add(outcome.issue())) {
                breaches.add(new Breach("DUPLICATE_ITEM", field, "issue " + outcome.issue().value() + " is already reported"));
                continue;
            }
            List<String> unknown = outcome.conceded().stream()
                    .filter(t -> !item.mayConcede().contains(t) && !item.mustNotConcede().contains(t)).distinct().toList();
            if (!unknown.isEmpty()) {
                breaches.add(new Breach("UNKNOWN_TERM", field + ".conceded", "not terms of the position the item rests on: " + unknown));
                continue;
            }
            List<String> redLines = outcome.conceded().stream().filter(item.mustNotConcede()::contains).distinct().toList();
            if (!redLines.isEmpty()) {
                findings.add(new Finding(FindingType.RED_LINE_BREACH, item.issue(), item.topic(), redLines));
            }
            if (outcome.outcome() == Outcome.AGREED) {
                if (item.authority() == AuthorityLevel.NEGOTIATE) {
                    findings.add(new Finding(FindingType.AWAITING_RATIFICATION, item.issue(), item.topic(), List.of()));
                } else if (item.authority().compareTo(AuthorityLevel.NEGOTIATE) < 0) {
                    findings.add(new Finding(FindingType.AUTHORITY_EXCEEDED, item.issue(), item.topic(), List.of()));
                }
            }
        }
        for (BriefItem item : briefed) {
            if (!reported.contains(item.issue())) {
                breaches.add(new Breach("ITEM_NOT_REPORTED", "items", "issue " + item.issue().value()
                        + " is an item of the brief: feedback gives its outcome (NOTED if nothing came of it)"));
            }
        }
        if (!breaches.isEmpty()) {
            throw new DomainRuleViolation(DomainRuleViolation.Kind.RULE, "the feedback does not fit its brief: " + breaches.get(0).message(),
                    breaches);
        }
        for (FeedBack.Unbriefed matter : feedback.unbriefed()) {
            findings.add(new Finding(FindingType.UNBRIEFED, null, matter.topic(), List.of()));
        }
        return List.copyOf(findings);
    }
}
