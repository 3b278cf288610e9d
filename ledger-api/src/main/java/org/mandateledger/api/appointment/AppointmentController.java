package org.mandateledger.api.appointment;

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
import org.mandateledger.appointment.api.AppointDelegate;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.appointment.api.EndAppointment;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.ForumScope;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.projections.speaking.AppointmentView;
import org.mandateledger.projections.speaking.SpeakingRightsQueries;
import org.mandateledger.topic.api.TopicScope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AppointmentController {

    record AppointmentRequest(@NotNull UUID person, @NotNull @Size(min = 1, max = 1000) List<@NotNull String> forums,
                              @NotNull @Size(min = 1, max = 1000) List<@NotNull String> topics, @NotNull AuthorityLevel ceiling,
                              @NotNull LocalDate from, LocalDate until) {
    }

    record EndRequest(@NotNull @Text String reason) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final SpeakingRightsQueries appointments;
    private final Reach reach;
    private final ProjectionProgress progress;

    AppointmentController(CommandSender commands, Recorded recorded, SpeakingRightsQueries appointments, Reach reach,
                          ProjectionProgress progress) {
        this.commands = commands;
        this.recorded = recorded;
        this.appointments = appointments;
        this.reach = reach;
        this.progress = progress;
    }

    @PostMapping("/confederations/{slug}/appointments")
    ResponseEntity<AppointmentView> appoint(@PathVariable String slug, @Valid @RequestBody AppointmentRequest request) {
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        ForumScope forums = Requests.parse("forums", () -> ForumScope.parse(request.forums()));
        TopicScope topics = Requests.parse("topics", () -> TopicScope.parse(request.topics()));
        Requests.date("from", request.from());
        Requests.date("until", request.until());
        AppointmentId id = AppointmentId.next();
        long position = commands.send(new AppointDelegate(id, confederation, new PersonId(request.person()), forums, topics,
                request.ceiling(), request.from(), request.until())).position();
        return recorded.created(position, "/api/v1/appointments/" + id.value(), () -> get(id.value()));
    }

    @GetMapping("/appointments/{id}")
    AppointmentView get(@PathVariable UUID id) {
        return appointments.appointment(id, Instant.now()).orElseThrow(() -> unknown(id));
    }

    @PostMapping("/appointments/{id}/end")
    ResponseEntity<AppointmentView> end(@PathVariable UUID id, @Valid @RequestBody EndRequest request) {
        String confederation = progress.findCaughtUp(() -> appointments.confederationOfAppointment(id)).orElseThrow(() -> unknown(id));
        reach.requireConfederation(confederation);
        long position = commands.send(new EndAppointment(new AppointmentId(id), request.reason())).position();
        return recorded.ok(position, () -> get(id));
    }

    private static NotFoundException unknown(UUID id) {
        return new NotFoundException("UNKNOWN_APPOINTMENT", "no appointment " + id);
    }
}
