package org.mandateledger.api.forum;

import jakarta.validation.Valid;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Title;
import org.mandateledger.forum.api.DefineForum;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.projections.forum.ForumQueries;
import org.mandateledger.projections.forum.ForumView;
import org.mandateledger.projections.paging.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/forums")
class ForumController {

    record ForumRequest(@Title String name, SystemLevel level, String convenor) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final ForumQueries forums;

    ForumController(CommandSender commands, Recorded recorded, ForumQueries forums) {
        this.commands = commands;
        this.recorded = recorded;
        this.forums = forums;
    }

    @PutMapping("/{slug}")
    ResponseEntity<ForumView> put(@PathVariable String slug, @Valid @RequestBody ForumRequest request) {
        ForumSlug forum = Requests.parse("slug", () -> new ForumSlug(slug));
        OrganisationCode convenor = request.convenor() == null ? null : Requests.parse("convenor", () -> new OrganisationCode(request.convenor()));
        CommandSender.Written<RecordOutcome> written = commands.send(new DefineForum(forum, request.name(), request.level(), convenor));
        return recorded.createdOrOk(written.result() == RecordOutcome.REGISTERED, written.position(), "/api/v1/forums/" + slug,
                () -> get(slug));
    }

    @GetMapping
    Page<ForumView> list() {
        return new Page<>(forums.all(), null);
    }

    @GetMapping("/{slug}")
    ForumView get(@PathVariable String slug) {
        return forums.find(slug).orElseThrow(() -> new NotFoundException("UNKNOWN_FORUM", "no forum '" + slug + "'"));
    }
}
