package org.mandateledger.api.mandate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Text;
import org.mandateledger.api.security.Reach;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.GrantMandate;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.confederation.api.WithdrawMandate;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.projections.mandate.MandateQueries;
import org.mandateledger.projections.mandate.MandateView;
import org.mandateledger.projections.paging.Page;
import org.mandateledger.topic.api.TopicScope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class MandateController {

    record GrantRequest(@NotNull String grantor, @NotNull @Size(min = 1, max = 1000) List<@NotNull String> topics,
                        @NotNull AuthorityLevel ceiling, @NotNull LocalDate validFrom, LocalDate validUntil,
                        @Text String terms, @Text String evidence) {
    }

    record WithdrawalRequest(@NotNull @Text String reason) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final MandateQueries mandates;
    private final ProjectionProgress progress;
    private final Reach reach;

    MandateController(CommandSender commands, Recorded recorded, MandateQueries mandates, ProjectionProgress progress,
                      Reach reach) {
        this.commands = commands;
        this.recorded = recorded;
        this.mandates = mandates;
        this.progress = progress;
        this.reach = reach;
    }

    @PostMapping("/confederations/{slug}/mandates")
    ResponseEntity<MandateView> grant(@PathVariable String slug, @Valid @RequestBody GrantRequest request) {
        reach.requireActingAs(request.grantor());
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        OrganisationCode grantor = Requests.parse("grantor", () -> new OrganisationCode(request.grantor()));
        TopicScope topics = Requests.parse("topics", () -> TopicScope.parse(request.topics()));
        Requests.date("validFrom", request.validFrom());
        Requests.date("validUntil", request.validUntil());
        MandateId id = MandateId.next();
        long position = commands.send(new GrantMandate(confederation, id, grantor, topics, request.ceiling(), request.validFrom(),
                request.validUntil(), request.terms(), request.evidence())).position();
        return recorded.created(position, "/api/v1/mandates/" + id.value(), () -> get(id.value()));
    }

    @GetMapping("/confederations/{slug}/mandates")
    Page<MandateView> list(@PathVariable String slug, @RequestParam(required = false) String grantor,
                           @RequestParam(required = false) MandateStatus status, @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Integer limit) {
        return mandates.list(slug, grantor, status, Instant.now(), cursor, Requests.parse("limit", () -> Page.limit(limit)))
                .map(MandateController::forCaller);
    }

    @GetMapping("/mandates/{id}")
    MandateView get(@PathVariable UUID id) {
        return forCaller(mandates.find(id, Instant.now()).orElseThrow(() -> unknown(id)));
    }

    /** A grantor's terms are for its confederation: system partners, operators and other confederations see the mandate without them. */
    private static MandateView forCaller(MandateView mandate) {
        return Reach.seesNegotiatingPosition(mandate.confederation()) ? mandate : mandate.withoutTerms();
    }

    @PostMapping("/mandates/{id}/withdrawal")
    ResponseEntity<MandateView> withdraw(@PathVariable UUID id, @Valid @RequestBody WithdrawalRequest request) {
        String confederation = confederationOf(id);
        reach.requireConfederation(confederation);
        reach.requireActingAs(mandates.find(id, Instant.now()).map(MandateView::grantor).orElseThrow(() -> unknown(id)));
        long position = commands.send(new WithdrawMandate(new ConfederationSlug(confederation), new MandateId(id), request.reason()))
                .position();
        return recorded.ok(position, () -> get(id));
    }

    /**
     * Whether the current user may withdraw this mandate, as {@link #withdraw} decides: its confederation
     * within their reach and, for a member, a mandate its own organisation granted. Pages offer the
     * withdrawal only where this holds.
     */
    boolean withdrawable(MandateView mandate) {
        return reach.includes(mandate.confederation()) && reach.actsAs(mandate.grantor());
    }

    /** Mandates are routed through their confederation; a just-granted one may need the read models to catch up. */
    private String confederationOf(UUID id) {
        return progress.findCaughtUp(() -> mandates.confederationOf(id)).orElseThrow(() -> unknown(id));
    }

    private static NotFoundException unknown(UUID id) {
        return new NotFoundException("UNKNOWN_MANDATE", "no mandate " + id);
    }
}
