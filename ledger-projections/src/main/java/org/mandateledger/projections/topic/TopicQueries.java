package org.mandateledger.projections.topic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TopicQueries {

    private final TopicRepository topics;

    TopicQueries(TopicRepository topics) {
        this.topics = topics;
    }

    public Optional<TopicView> find(String slug) {
        return topics.findById(slug).map(TopicEntry::view);
    }

    public List<TopicView> all() {
        return topics.findAll(Sort.by("slug")).stream().map(TopicEntry::view).toList();
    }

    /** The topic and its ancestors, nearest first, as defined by {@code at}; empty if the topic was not defined then. */
    public List<TopicSlug> lineage(String slug, Instant at) {
        List<TopicSlug> lineage = new ArrayList<>();
        String current = slug;
        while (current != null && lineage.size() <= 64) {
            Optional<TopicEntry> topic = topics.findById(current).filter(t -> !t.definedAt.isAfter(at));
            if (topic.isEmpty()) {
                return lineage.isEmpty() ? List.of() : lineage;
            }
            lineage.add(new TopicSlug(current));
            current = topic.get().parent;
        }
        return lineage;
    }
}
