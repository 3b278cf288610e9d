package org.mandateledger.projections.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ForumQueries {

    private final ForumRepository forums;

    ForumQueries(ForumRepository forums) {
        this.forums = forums;
    }

    public Optional<ForumView> find(String slug) {
        return forums.findById(slug).map(ForumEntry::view);
    }

    public List<ForumView> all() {
        return forums.findAll(Sort.by("slug")).stream().map(ForumEntry::view).toList();
    }
}
