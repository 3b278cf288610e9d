package org.mandateledger.topic.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a grant, an appointment or an interest is about: every topic ({@code *}) or named topics.
 * Whatever is said of a topic covers its descendants. Stored and shown as the contract writes
 * it: {@code ["*"]} or a list of slugs.
 */
public record TopicScope(boolean everyTopic, Set<TopicSlug> topics) {

    public static final String EVERY_TOPIC = "*";

    public TopicScope {
        topics = everyTopic ? Set.of() : Set.copyOf(topics);
        if (!everyTopic && topics.isEmpty()) {
            throw new IllegalArgumentException("a scope names at least one topic, or \"*\"");
        }
    }

    public static TopicScope all() {
        return new TopicScope(true, Set.of());
    }

    public static TopicScope of(TopicSlug... topics) {
        return new TopicScope(false, Set.of(topics));
    }

    /** Reads the contract's form; {@code "*"} may only stand alone. */
    @JsonCreator
    public static TopicScope parse(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("topics must be [\"*\"] or a list of topic slugs");
        }
        if (names.contains(EVERY_TOPIC)) {
            if (names.size() != 1) {
                throw new IllegalArgumentException("\"*\" stands alone: it already covers every topic");
            }
            return all();
        }
        Set<TopicSlug> slugs = new TreeSet<>();
        for (String name : names) {
            slugs.add(new TopicSlug(name));
        }
        return new TopicScope(false, slugs);
    }

    @JsonValue
    public List<String> names() {
        if (everyTopic) {
            return List.of(EVERY_TOPIC);
        }
        List<String> names = new ArrayList<>();
        topics.forEach(t -> names.add(t.value()));
        names.sort(null);
        return names;
    }

    /** Whether this scope names the topic itself (not an ancestor); {@code *} names none. */
    public boolean names(TopicSlug topic) {
        return !everyTopic && topics.contains(topic);
    }

    /** Whether this scope covers a topic: {@code *}, or it names the topic or one of its ancestors (its lineage, nearest first). */
    public boolean covers(List<TopicSlug> lineage) {
        return everyTopic || lineage.stream().anyMatch(topics::contains);
    }

    /** Two scopes overlap when they name a topic in common, or are both {@code *}. */
    public boolean overlaps(TopicScope other) {
        if (everyTopic || other.everyTopic) {
            return everyTopic && other.everyTopic;
        }
        return topics.stream().anyMatch(other.topics::contains);
    }
}
