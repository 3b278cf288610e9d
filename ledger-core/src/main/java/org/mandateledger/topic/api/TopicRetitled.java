package org.mandateledger.topic.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TopicRetitled(TopicSlug slug, String title) {
}
