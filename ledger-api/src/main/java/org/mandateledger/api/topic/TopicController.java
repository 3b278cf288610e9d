package org.mandateledger.api.topic;

import jakarta.validation.Valid;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Title;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.projections.paging.Page;
import org.mandateledger.projections.topic.TopicQueries;
import org.mandateledger.projections.topic.TopicView;
import org.mandateledger.topic.api.DefineTopic;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/topics")
public class TopicController {

    record TopicRequest(@Title String title, String parent) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final TopicQueries topics;

    TopicController(CommandSender commands, Recorded recorded, TopicQueries topics) {
        this.commands = commands;
        this.recorded = recorded;
        this.topics = topics;
    }

    @PutMapping("/{slug}")
    ResponseEntity<TopicView> put(@PathVariable String slug, @Valid @RequestBody TopicRequest request) {
        TopicSlug topic = Requests.parse("slug", () -> new TopicSlug(slug));
        TopicSlug parent = request.parent() == null ? null : Requests.parse("parent", () -> new TopicSlug(request.parent()));
        CommandSender.Written<RecordOutcome> written = commands.send(new DefineTopic(topic, request.title(), parent));
        return recorded.createdOrOk(written.result() == RecordOutcome.REGISTERED, written.position(), "/api/v1/topics/" + slug,
                () -> get(slug));
    }

    @GetMapping
    public Page<TopicView> list() {
        return new Page<>(topics.all(), null);
    }

    @GetMapping("/{slug}")
    TopicView get(@PathVariable String slug) {
        return topics.find(slug).orElseThrow(() -> new NotFoundException("UNKNOWN_TOPIC", "no topic '" + slug + "'"));
    }
}
