package org.mandateledger.projections.topic;

/** A topic; {@code parent} is {@code null} for a root topic. */
public record TopicView(String slug, String title, String parent) {
}
