package org.mandateledger.topic.api;

import org.axonframework.serialization.Revision;

/** A topic on which general practice speaks; {@code parent} is {@code null} for a root topic. */
@Revision("1")
public record TopicDefined(TopicSlug slug, String title, TopicSlug parent) {
}
