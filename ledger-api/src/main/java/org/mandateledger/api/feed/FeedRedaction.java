package org.mandateledger.api.feed;

import org.mandateledger.api.security.Reach;
import org.mandateledger.api.security.Role;
import org.mandateledger.confederation.api.MandateGranted;
import org.mandateledger.issue.api.PositionRecorded;
import org.mandateledger.meeting.api.ActionCompleted;
import org.mandateledger.meeting.api.BriefIssued;
import org.mandateledger.meeting.api.FeedbackRecorded;
import org.mandateledger.meeting.api.OutcomeRatified;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.projections.register.IssueView;
import org.mandateledger.projections.register.RegisterQueries;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event feed as system partners may see it (domain.md, "Confidentiality"): for callers outside
 * general practice ({@link Reach#withinGeneralPractice}: {@code ICB} and {@code ADMIN}), essential
 * and negotiable terms, emerging views, brief contents, feedback detail and what declared interests
 * say are removed — what remains is who may speak, with what authority, adopted statements and
 * outcomes. Chairs and secretariats see events whole.
 */
@Component
class FeedRedaction {

    private final RegisterQueries register;

    FeedRedaction(RegisterQueries register) {
        this.register = register;
    }

    JsonNode redact(Role role, Object event, JsonNode payload) {
        if (Reach.withinGeneralPractice(role) || !(payload instanceof ObjectNode fields)) {
            return payload;
        }
        if (event instanceof PositionRecorded position) {
            fields.remove(java.util.List.of("essentialTerms", "negotiableTerms", "support", "agreedAt"));
            if (!adopted(position)) {
                // An emerging view is general practice's negotiating position, not a statement to partners.
                fields.remove("statement");
            }
        } else if (event instanceof BriefIssued) {
            keepOnly(fields.withArray("items"), "issue", "topic", "authority");
        } else if (event instanceof FeedbackRecorded) {
            keepOnly(fields.withArray("items"), "issue", "outcome");
            keepOnly(fields.withArray("unbriefed"), "topic");
            fields.remove(java.util.List.of("actions", "findings"));
        } else if (event instanceof OutcomeRatified || event instanceof ActionCompleted) {
            fields.remove("note");
        } else if (event instanceof MandateGranted) {
            fields.remove("terms");
        } else if (event instanceof InterestDeclared) {
            fields.remove("description");
        }
        return fields;
    }

    private boolean adopted(PositionRecorded position) {
        return register.find(position.issue().value()).stream()
                .flatMap(issue -> issue.positions().stream())
                .filter(p -> p.version() == position.version())
                .anyMatch(IssueView.PositionView::adopted);
    }

    private static void keepOnly(ArrayNode items, String... kept) {
        java.util.Set<String> keep = java.util.Set.of(kept);
        for (JsonNode item : items) {
            if (item instanceof ObjectNode object) {
                object.retain(keep);
            }
        }
    }
}
