package org.mandateledger.api.brief;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Problems;
import org.mandateledger.api.request.Text;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Reach;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.audit.api.Severity;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.meeting.api.AcknowledgeBrief;
import org.mandateledger.meeting.api.ActionId;
import org.mandateledger.meeting.api.Decision;
import org.mandateledger.meeting.api.FeedBack;
import org.mandateledger.meeting.api.FeedbackRecorded.Finding;
import org.mandateledger.meeting.api.Outcome;
import org.mandateledger.meeting.api.RatifyOutcome;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.meeting.api.BriefId;
import org.mandateledger.meeting.api.BriefVersion;
import org.mandateledger.meeting.api.IssueBrief;
import org.mandateledger.meeting.api.MeetingId;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.projections.brief.BriefQueries;
import org.mandateledger.projections.brief.BriefView;
import org.mandateledger.projections.paging.Page;
import org.mandateledger.projections.person.PersonQueries;
import org.mandateledger.projections.speaking.SpeakingRightsQueries;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * brief-delegate, the brief as its delegate reads it, and acknowledgement. A brief is the
 * delegate's and their confederation's: chairs and secretariats of that confederation and the
 * briefed delegate read it; anyone else is told it does not exist.
 */
@RestController
@RequestMapping("/api/v1")
class BriefController {

    record ItemRequest(@NotNull UUID issue, @NotNull AuthorityLevel authority, @Size(max = 1000) List<@NotNull @Size(max = 10) String> mayConcede,
                       @Size(max = 1000) List<@NotNull @Text String> referBack, @Text String notes) {
    }

    record OutcomeRequest(@NotNull UUID issue, @NotNull Outcome outcome, @Text String summary,
                          @Size(max = 1000) List<@NotNull @Size(max = 10) String> conceded, @Size(max = 1000) List<@NotNull @Text String> commitments) {
    }

    record UnbriefedRequest(@NotNull String topic, @Text String summary) {
    }

    record ActionRequest(@NotNull @Text String description, @NotNull String owner, @NotNull LocalDate due) {
    }

    record FeedbackRequest(@Size(max = 1000) List<@NotNull @Valid OutcomeRequest> items, @Size(max = 1000) List<@NotNull @Valid UnbriefedRequest> unbriefed,
                           @Size(max = 1000) List<@NotNull @Valid ActionRequest> actions) {
    }

    record RatificationRequest(@NotNull Decision decision, @Text String note) {
    }

    /** What feed-back answers: the brief it closed and the findings the check raised. */
    record FeedbackAnswer(UUID brief, BriefView.Status status, List<RaisedFinding> findings) {
    }

    record RaisedFinding(FindingType type, Severity severity, UUID issue, String topic, List<String> terms) {
    }

    record BriefRequest(@NotNull UUID appointment, @NotNull UUID meeting, @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ItemRequest> items) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final BriefQueries briefs;
    private final SpeakingRightsQueries appointments;
    private final PersonQueries people;
    private final Reach reach;
    private final ProjectionProgress progress;
    private final ExistingAggregates existing;

    BriefController(CommandSender commands, Recorded recorded, BriefQueries briefs, SpeakingRightsQueries appointments, PersonQueries people,
                    Reach reach, ProjectionProgress progress, ExistingAggregates existing) {
        this.commands = commands;
        this.recorded = recorded;
        this.briefs = briefs;
        this.appointments = appointments;
        this.people = people;
        this.reach = reach;
        this.progress = progress;
        this.existing = existing;
    }

    @PostMapping("/briefs")
    ResponseEntity<BriefView> issue(@Valid @RequestBody BriefRequest request) {
        String confederation = progress.findCaughtUp(() -> appointments.confederationOfAppointment(request.appointment()))
                .orElseThrow(() -> new DomainRuleViolation("UNKNOWN_APPOINTMENT", "no appointment " + request.appointment()));
        reach.requireConfederation(confederation);
        MeetingId meeting = new MeetingId(request.meeting());
        if (!existing.exists(meeting.toString())) {
            throw new DomainRuleViolation("UNKNOWN_MEETING", "no meeting " + request.meeting());
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            if (!seen.add(request.items().get(i).issue())) {
                throw new InvalidRequestException("DUPLICATE_ITEM", "an issue is an item of a brief once",
                        List.of(new Problems.FieldError("items[" + i + "].issue", "issue " + request.items().get(i).issue() + " is already an item")));
            }
        }
        List<IssueBrief.Item> items = request.items().stream().map(i -> new IssueBrief.Item(new IssueId(i.issue()), i.authority(),
                i.mayConcede(), i.referBack(), i.notes())).toList();
        CommandSender.Written<BriefVersion> written = commands.send(new IssueBrief(meeting, BriefId.next(),
                new AppointmentId(request.appointment()), items));
        UUID id = written.result().brief().value();
        return recorded.created(written.position(), "/api/v1/briefs/" + id, () -> briefs.find(id, Instant.now()).orElse(null));
    }

    @GetMapping("/briefs/{id}")
    BriefView get(@PathVariable UUID id) {
        requireReadable(id);
        return briefs.find(id, Instant.now()).orElseThrow(() -> unknown(id));
    }

    /** The caller's own briefs, by meeting time; {@code upcoming} keeps those whose meeting has not started. */
    @GetMapping("/me/briefs")
    Page<BriefView> mine(@RequestParam(defaultValue = "false") boolean upcoming) {
        LedgerUser user = CurrentUser.get();
        List<UUID> me = people.withLogin(user.login());
        return new Page<>(briefs.of(me, upcoming, Instant.now()).stream()
                .filter(b -> readable(user, b.confederation(), b.delegate(), me)).toList(), null);
    }

    /**
     * The briefs issued in a confederation (their current versions), by meeting time, for its chair and
     * secretariat; {@code upcoming} keeps those whose meeting has not started, {@code status} those in it.
     */
    @GetMapping("/confederations/{slug}/briefs")
    Page<BriefView> ofConfederation(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean upcoming,
                                    @RequestParam(required = false) BriefView.Status status) {
        reach.requireConfederation(slug);
        return new Page<>(briefs.ofConfederation(slug, upcoming, Instant.now()).stream()
                .filter(b -> status == null || b.status() == status).toList(), null);
    }

    @PostMapping("/briefs/{id}/acknowledgement")
    ResponseEntity<BriefView> acknowledge(@PathVariable UUID id) {
        BriefQueries.Owner owner = ownBrief(id);
        long position = commands.send(new AcknowledgeBrief(new MeetingId(owner.meeting()), new BriefId(id), new PersonId(owner.person())))
                .position();
        return recorded.ok(position, () -> briefs.find(id, Instant.now()).orElse(null));
    }

    @PostMapping("/briefs/{id}/feedback")
    ResponseEntity<FeedbackAnswer> feedback(@PathVariable UUID id, @Valid @RequestBody FeedbackRequest request) {
        BriefQueries.Owner owner = ownBrief(id);
        List<FeedBack.ItemOutcome> items = request.items() == null ? List.of() : request.items().stream()
                .map(i -> new FeedBack.ItemOutcome(new IssueId(i.issue()), i.outcome(), i.summary(), i.conceded(), i.commitments())).toList();
        List<FeedBack.Unbriefed> unbriefed = new ArrayList<>();
        List<UnbriefedRequest> matters = request.unbriefed() == null ? List.of() : request.unbriefed();
        for (int i = 0; i < matters.size(); i++) {
            UnbriefedRequest matter = matters.get(i);
            unbriefed.add(new FeedBack.Unbriefed(Requests.parse("unbriefed[" + i + "].topic", () -> new TopicSlug(matter.topic())),
                    matter.summary()));
        }
        List<FeedBack.Action> actions = new ArrayList<>();
        List<ActionRequest> picked = request.actions() == null ? List.of() : request.actions();
        for (int i = 0; i < picked.size(); i++) {
            ActionRequest action = picked.get(i);
            String field = "actions[" + i + "]";
            Requests.date(field + ".due", action.due());
            actions.add(new FeedBack.Action(ActionId.next(), action.description(),
                    Requests.parse(field + ".owner", () -> new OrganisationCode(action.owner())), action.due()));
        }
        CommandSender.Written<List<Finding>> written = commands.send(new FeedBack(new MeetingId(owner.meeting()), new BriefId(id),
                new PersonId(owner.person()), items, unbriefed, actions));
        List<RaisedFinding> findings = written.result().stream().map(f -> new RaisedFinding(f.type(), f.type().severity(),
                f.issue() == null ? null : f.issue().value(), f.topic() == null ? null : f.topic().value(), f.terms())).toList();
        return recorded.created(written.position(), "/api/v1/briefs/" + id, () -> new FeedbackAnswer(id, BriefView.Status.FED_BACK, findings));
    }

    @PostMapping("/briefs/{id}/items/{issue}/ratification")
    ResponseEntity<BriefView> ratify(@PathVariable UUID id, @PathVariable UUID issue, @Valid @RequestBody RatificationRequest request) {
        BriefQueries.Owner owner = progress.findCaughtUp(() -> briefs.owner(id)).orElseThrow(() -> unknown(id));
        if (!CurrentUser.get().reaches(owner.confederation())) {
            throw unknown(id);
        }
        long position = commands.send(new RatifyOutcome(new MeetingId(owner.meeting()), new BriefId(id), new IssueId(issue), request.decision(),
                request.note())).position();
        return recorded.ok(position, () -> briefs.find(id, Instant.now()).orElse(null));
    }

    /** The caller's own brief, within their reach: for anyone else it does not exist. */
    private BriefQueries.Owner ownBrief(UUID id) {
        BriefQueries.Owner owner = progress.findCaughtUp(() -> briefs.owner(id)).orElseThrow(() -> unknown(id));
        LedgerUser user = CurrentUser.get();
        if (!user.reaches(owner.confederation()) || !people.withLogin(user.login()).contains(owner.person())) {
            throw unknown(id);
        }
        return owner;
    }

    /** For anyone who may not read it, the brief does not exist. */
    private void requireReadable(UUID id) {
        BriefQueries.Owner owner = briefs.owner(id).orElseThrow(() -> unknown(id));
        LedgerUser user = CurrentUser.get();
        if (!readable(user, owner.confederation(), owner.person(), people.withLogin(user.login()))) {
            throw unknown(id);
        }
    }

    /**
     * Chairs and secretariats within reach read every brief of their confederation; a delegate
     * reads their own (the person linked to their login), in the confederation of their reach;
     * nobody else reads a brief's contents.
     */
    /** Whether the current user is the delegate this brief was issued to: the one who acknowledges it and feeds back. */
    boolean ownedByCaller(UUID id) {
        BriefQueries.Owner owner = briefs.owner(id).orElseThrow(() -> unknown(id));
        LedgerUser user = CurrentUser.get();
        return user.reaches(owner.confederation()) && people.withLogin(user.login()).contains(owner.person());
    }

    private static boolean readable(LedgerUser user, String confederation, UUID delegate, List<UUID> me) {
        return switch (user.role()) {
            case CHAIR, SECRETARIAT -> user.reaches(confederation);
            case DELEGATE -> user.reaches(confederation) && me.contains(delegate);
            default -> false;
        };
    }

    private static NotFoundException unknown(UUID id) {
        return new NotFoundException("UNKNOWN_BRIEF", "no brief " + id);
    }
}
