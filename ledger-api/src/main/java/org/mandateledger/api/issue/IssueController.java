package org.mandateledger.api.issue;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Text;
import org.mandateledger.api.request.Title;
import org.mandateledger.api.security.Reach;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.issue.api.CloseIssue;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.issue.api.IssueStatus;
import org.mandateledger.issue.api.RaiseIssue;
import org.mandateledger.issue.api.RecordPosition;
import org.mandateledger.issue.api.Support;
import org.mandateledger.issue.api.Term;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.projections.paging.Page;
import org.mandateledger.projections.register.IssueView;
import org.mandateledger.projections.register.RegisterQueries;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** raise-issue, record-position and closure; the issue register. */
@RestController
@RequestMapping("/api/v1")
class IssueController {

    record IssueRequest(@NotNull @Title String title, @NotNull String topic, @NotNull SystemLevel level, @NotNull IssueScope scope,
                        String reservedTo, @NotNull String raisedBy, @Text String description) {
    }

    record SupportRequest(@JsonProperty("for") @Size(max = 1000) List<@NotNull String> supporting,
                          @Size(max = 1000) List<@NotNull String> against, @Size(max = 1000) List<@NotNull String> abstain) {
    }

    record PositionRequest(@NotNull @Text String statement, @Size(max = 1000) List<@NotNull @Text String> essentialTerms,
                           @Size(max = 1000) List<@NotNull @Text String> negotiableTerms, @NotNull @Valid SupportRequest support,
                           Instant agreedAt) {
    }

    record ClosureRequest(@NotNull @Text String reason) {
    }

    record SupportAnswer(@JsonProperty("for") List<String> supporting, List<String> against, List<String> abstain,
                         BigDecimal practicesShare, BigDecimal patientsShare) {
    }

    record PositionAnswer(int version, String statement, List<Term> essentialTerms, List<Term> negotiableTerms, SupportAnswer support,
                          boolean adopted, Instant agreedAt, Instant recordedAt) {
    }

    record IssueAnswer(UUID id, String confederation, String title, String topic, SystemLevel level, IssueScope scope, String reservedTo,
                       String raisedBy, String description, IssueStatus status, Instant raisedAt, Instant closedAt, String closeReason,
                       List<PositionAnswer> positions, PositionAnswer currentPosition) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final RegisterQueries register;
    private final Reach reach;
    private final ProjectionProgress progress;

    IssueController(CommandSender commands, Recorded recorded, RegisterQueries register, Reach reach, ProjectionProgress progress) {
        this.commands = commands;
        this.recorded = recorded;
        this.register = register;
        this.reach = reach;
        this.progress = progress;
    }

    @PostMapping("/confederations/{slug}/issues")
    ResponseEntity<IssueAnswer> raise(@PathVariable String slug, @Valid @RequestBody IssueRequest request) {
        reach.requireActingAs(request.raisedBy());
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        TopicSlug topic = Requests.parse("topic", () -> new TopicSlug(request.topic()));
        OrganisationCode raisedBy = Requests.parse("raisedBy", () -> new OrganisationCode(request.raisedBy()));
        OrganisationCode reservedTo = request.reservedTo() == null ? null : Requests.parse("reservedTo", () -> new OrganisationCode(request.reservedTo()));
        IssueId id = IssueId.next();
        long position = commands.send(new RaiseIssue(id, confederation, request.title(), topic, request.level(), request.scope(),
                reservedTo, raisedBy, request.description())).position();
        return recorded.created(position, "/api/v1/issues/" + id.value(), () -> get(id.value()));
    }

    @GetMapping("/confederations/{slug}/issues")
    Page<IssueAnswer> list(@PathVariable String slug, @RequestParam(required = false) String topic,
                           @RequestParam(required = false) IssueStatus status, @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Integer limit) {
        return register.list(slug, topic, status, cursor, Requests.parse("limit", () -> Page.limit(limit))).map(IssueController::answerForCaller);
    }

    @GetMapping("/issues/{id}")
    IssueAnswer get(@PathVariable UUID id) {
        return register.find(id).map(IssueController::answerForCaller).orElseThrow(() -> unknown(id));
    }

    @PostMapping("/issues/{id}/positions")
    ResponseEntity<PositionAnswer> recordPosition(@PathVariable UUID id, @Valid @RequestBody PositionRequest request) {
        reach.requireConfederation(confederationOf(id));
        Requests.instant("agreedAt", request.agreedAt());
        Support support = Requests.parse("support", () -> Support.of(codes(request.support().supporting()), codes(request.support().against()),
                codes(request.support().abstain())));
        CommandSender.Written<Integer> written = commands.send(new RecordPosition(new IssueId(id), request.statement(),
                orEmpty(request.essentialTerms()), orEmpty(request.negotiableTerms()), support, request.agreedAt()));
        int version = written.result();
        return recorded.created(written.position(), "/api/v1/issues/" + id, () -> get(id).positions().get(version - 1));
    }

    @PostMapping("/issues/{id}/closure")
    ResponseEntity<IssueAnswer> close(@PathVariable UUID id, @Valid @RequestBody ClosureRequest request) {
        reach.requireConfederation(confederationOf(id));
        long position = commands.send(new CloseIssue(new IssueId(id), request.reason())).position();
        return recorded.ok(position, () -> get(id));
    }

    /** Whether the current user's reach lets them close this issue, as {@link #close} decides: pages offer closure only then. */
    boolean closable(IssueAnswer issue) {
        return reach.includes(issue.confederation());
    }

    /** Issues are written to within their confederation's reach; a just-raised one may need the read models to catch up. */
    private String confederationOf(UUID id) {
        return progress.findCaughtUp(() -> register.confederationOf(id)).orElseThrow(() -> unknown(id));
    }

    private static Set<OrganisationCode> codes(List<String> codes) {
        Set<OrganisationCode> parsed = new TreeSet<>();
        for (String code : orEmpty(codes)) {
            parsed.add(new OrganisationCode(code));
        }
        return parsed;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static NotFoundException unknown(UUID id) {
        return new NotFoundException("UNKNOWN_ISSUE", "no issue " + id);
    }

    /**
     * General practice's negotiating position never reaches system partners: an ICB caller, an
     * operator, and anyone outside the issue's confederation see adopted positions' statements
     * only — no essential or negotiable terms, no emerging views.
     */
    private static IssueAnswer answerForCaller(IssueView issue) {
        return Reach.seesNegotiatingPosition(issue.confederation()) ? answer(issue) : redacted(issue);
    }

    private static IssueAnswer redacted(IssueView issue) {
        // Only general practice's position as it stands: the current version, and only if adopted.
        // A superseded version is no longer its position; an emerging view is not to be shown at all.
        IssueView.PositionView current = issue.currentPosition();
        PositionAnswer stated = current == null || !current.adopted() ? null
                : new PositionAnswer(current.version(), current.statement(), List.of(), List.of(), null, true, current.agreedAt(),
                current.recordedAt());
        return new IssueAnswer(issue.id(), issue.confederation(), issue.title(), issue.topic(), issue.level(), issue.scope(),
                issue.reservedTo(), issue.raisedBy(), issue.description(), issue.status(), issue.raisedAt(), issue.closedAt(),
                issue.closeReason(), stated == null ? List.of() : List.of(stated), stated);
    }

    private static IssueAnswer answer(IssueView issue) {
        List<PositionAnswer> positions = issue.positions().stream().map(IssueController::answer).toList();
        return new IssueAnswer(issue.id(), issue.confederation(), issue.title(), issue.topic(), issue.level(), issue.scope(),
                issue.reservedTo(), issue.raisedBy(), issue.description(), issue.status(), issue.raisedAt(), issue.closedAt(),
                issue.closeReason(), positions, positions.isEmpty() ? null : positions.get(positions.size() - 1));
    }

    private static PositionAnswer answer(IssueView.PositionView p) {
        IssueView.SupportView s = p.support();
        return new PositionAnswer(p.version(), p.statement(), p.essentialTerms(), p.negotiableTerms(),
                new SupportAnswer(s.supporting(), s.against(), s.abstaining(), s.practicesShare(), s.patientsShare()), p.adopted(),
                p.agreedAt(), p.recordedAt());
    }
}
