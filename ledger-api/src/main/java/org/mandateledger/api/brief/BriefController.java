package org.mandateledger.api.brief;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
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
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.meeting.api.AcknowledgeBrief;
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

    @PostMapping("/briefs/{id}/acknowledgement")
    ResponseEntity<BriefView> acknowledge(@PathVariable UUID id) {
        BriefQueries.Owner owner = progress.findCaughtUp(() -> briefs.owner(id)).orElseThrow(() -> unknown(id));
        LedgerUser user = CurrentUser.get();
        if (!user.reaches(owner.confederation()) || !people.withLogin(user.login()).contains(owner.person())) {
            throw unknown(id);
        }
        long position = commands.send(new AcknowledgeBrief(new MeetingId(owner.meeting()), new BriefId(id), new PersonId(owner.person())))
                .position();
        return recorded.ok(position, () -> briefs.find(id, Instant.now()).orElse(null));
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
