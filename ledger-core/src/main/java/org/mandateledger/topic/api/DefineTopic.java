package org.mandateledger.topic.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defines a topic, or retitles it; a {@code null} leaves that fact as it is. The parent is set once. */
public record DefineTopic(@TargetAggregateIdentifier TopicSlug slug, String title, TopicSlug parent) {
}
