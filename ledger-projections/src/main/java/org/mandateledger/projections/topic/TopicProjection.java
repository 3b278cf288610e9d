package org.mandateledger.projections.topic;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.projections.LedgerProcessor;
import org.mandateledger.topic.api.TopicDefined;
import org.mandateledger.topic.api.TopicRetitled;
import org.springframework.stereotype.Component;

/** The topic tree. A topic's parent never changes, so the tree as at an instant is the topics defined by then. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class TopicProjection {

    private final TopicRepository topics;

    TopicProjection(TopicRepository topics) {
        this.topics = topics;
    }

    @EventHandler
    void on(TopicDefined event, @Timestamp Instant at) {
        if (!topics.existsById(event.slug().value())) {
            topics.save(new TopicEntry(event.slug().value(), event.title(), event.parent() == null ? null : event.parent().value(), at));
        }
    }

    @EventHandler
    void on(TopicRetitled event) {
        topics.findById(event.slug().value()).ifPresent(t -> t.title = event.title());
    }

    @ResetHandler
    void reset() {
        topics.deleteAllInBatch();
    }
}
