package org.mandateledger.topic;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.topic.api.DefineTopic;
import org.mandateledger.topic.api.TopicDefined;
import org.mandateledger.topic.api.TopicRetitled;
import org.mandateledger.topic.api.TopicSlug;

/**
 * A topic. Its parent must already exist and is fixed once the topic is defined, so the topics
 * always form a tree (no cycles) and what a past grant covered never shifts under it.
 */
public class Topic {

    @AggregateIdentifier
    private TopicSlug slug;
    private String title;
    private TopicSlug parent;

    protected Topic() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordOutcome handle(DefineTopic command, ExistingAggregates existing) {
        if (slug == null) {
            if (command.title() == null) {
                throw new DomainRuleViolation("TOPIC_INCOMPLETE", "a new topic needs a title");
            }
            if (command.parent() != null) {
                if (command.parent().equals(command.slug())) {
                    throw new DomainRuleViolation("TOPIC_PARENT_INVALID", "a topic cannot be its own parent");
                }
                if (!existing.exists(command.parent().aggregateId())) {
                    throw new DomainRuleViolation("UNKNOWN_TOPIC", "parent topic '" + command.parent().value() + "' is not defined");
                }
            }
            apply(new TopicDefined(command.slug(), command.title(), command.parent()));
            return RecordOutcome.REGISTERED;
        }
        if (command.parent() != null && !command.parent().equals(parent)) {
            throw DomainRuleViolation.conflict("TOPIC_PARENT_FIXED",
                    "topic '" + slug.value() + "' already sits under " + (parent == null ? "no parent" : "'" + parent.value() + "'")
                            + "; a topic's parent is fixed once defined");
        }
        if (command.title() != null && !Objects.equals(command.title(), title)) {
            apply(new TopicRetitled(slug, command.title()));
            return RecordOutcome.UPDATED;
        }
        return RecordOutcome.UNCHANGED;
    }

    @EventSourcingHandler
    void on(TopicDefined event) {
        slug = event.slug();
        title = event.title();
        parent = event.parent();
    }

    @EventSourcingHandler
    void on(TopicRetitled event) {
        title = event.title();
    }
}
