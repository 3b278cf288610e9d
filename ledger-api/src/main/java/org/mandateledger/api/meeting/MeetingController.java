package org.mandateledger.api.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Title;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.meeting.api.MeetingId;
import org.mandateledger.meeting.api.ScheduleMeeting;
import org.mandateledger.projections.meeting.MeetingQueries;
import org.mandateledger.projections.meeting.MeetingView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meetings")
class MeetingController {

    record MeetingRequest(@NotNull String forum, @NotNull Instant startsAt, @NotNull @Title String title) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final MeetingQueries meetings;

    MeetingController(CommandSender commands, Recorded recorded, MeetingQueries meetings) {
        this.commands = commands;
        this.recorded = recorded;
        this.meetings = meetings;
    }

    @PostMapping
    ResponseEntity<MeetingView> schedule(@Valid @RequestBody MeetingRequest request) {
        ForumSlug forum = Requests.parse("forum", () -> new ForumSlug(request.forum()));
        Requests.instant("startsAt", request.startsAt());
        MeetingId id = MeetingId.next();
        long position = commands.send(new ScheduleMeeting(id, forum, request.startsAt(), request.title())).position();
        return recorded.created(position, "/api/v1/meetings/" + id.value(), () -> get(id.value()));
    }

    @GetMapping("/{id}")
    MeetingView get(@PathVariable UUID id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("UNKNOWN_MEETING", "no meeting " + id));
    }
}
