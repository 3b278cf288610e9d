package org.mandateledger.api.audit;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Text;
import org.mandateledger.api.security.Reach;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.meeting.api.ActionId;
import org.mandateledger.meeting.api.CompleteAction;
import org.mandateledger.meeting.api.MeetingId;
import org.mandateledger.projections.audit.ActionView;
import org.mandateledger.projections.audit.AuditQueries;
import org.mandateledger.projections.audit.FindingView;
import org.mandateledger.projections.paging.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The chair's audit, now or as at any instant, and the actions picked up at meetings, to completion. */
@RestController
@RequestMapping("/api/v1")
class AuditController {

    record Audit(String confederation, Instant asOf, List<FindingView> findings) {
    }

    record CompletionRequest(@Text String note) {
    }

    private final AuditQueries audit;
    private final CommandSender commands;
    private final Recorded recorded;
    private final ProjectionProgress progress;
    private final Reach reach;

    AuditController(AuditQueries audit, CommandSender commands, Recorded recorded, ProjectionProgress progress, Reach reach) {
        this.audit = audit;
        this.commands = commands;
        this.recorded = recorded;
        this.progress = progress;
        this.reach = reach;
    }

    @GetMapping("/confederations/{slug}/audit")
    Audit audit(@PathVariable String slug, @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                @RequestParam(required = false) FindingType type, @RequestParam(required = false) Instant asOf) {
        Instant at = asOf == null ? Instant.now() : Requests.instant("asOf", asOf);
        List<FindingView> findings = audit.audit(slug, from == null ? null : Requests.instant("from", from),
                        to == null ? null : Requests.instant("to", to), type, at)
                .orElseThrow(() -> new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + slug + "'"));
        return new Audit(slug, at, findings);
    }

    @GetMapping("/confederations/{slug}/actions")
    Page<ActionView> actions(@PathVariable String slug, @RequestParam(required = false) ActionView.Status status,
                             @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return audit.actions(slug, status, Instant.now(), cursor, Requests.parse("limit", () -> Page.limit(limit)))
                .orElseThrow(() -> new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + slug + "'"));
    }

    @PostMapping("/actions/{id}/completion")
    ResponseEntity<ActionView> complete(@PathVariable UUID id, @Valid @RequestBody(required = false) CompletionRequest request) {
        String confederation = progress.findCaughtUp(() -> audit.confederationOfAction(id)).orElseThrow(() -> unknown(id));
        reach.requireConfederation(confederation);
        UUID meeting = audit.meetingOfAction(id).orElseThrow(() -> unknown(id));
        long position = commands.send(new CompleteAction(new MeetingId(meeting), new ActionId(id), request == null ? null : request.note()))
                .position();
        return recorded.ok(position, () -> audit.action(id, Instant.now()).orElse(null));
    }

    private static NotFoundException unknown(UUID id) {
        return new NotFoundException("UNKNOWN_ACTION", "no action " + id);
    }
}
