package org.mandateledger.forum.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The forums an appointment covers: every forum ({@code ["*"]}) or named ones. */
public record ForumScope(boolean everyForum, Set<ForumSlug> forums) {

    public static final String EVERY_FORUM = "*";

    public ForumScope {
        forums = everyForum ? Set.of() : Set.copyOf(forums);
        if (!everyForum && forums.isEmpty()) {
            throw new IllegalArgumentException("a scope names at least one forum, or \"*\"");
        }
    }

    public static ForumScope all() {
        return new ForumScope(true, Set.of());
    }

    @JsonCreator
    public static ForumScope parse(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("forums must be [\"*\"] or a list of forum slugs");
        }
        if (names.contains(EVERY_FORUM)) {
            if (names.size() != 1) {
                throw new IllegalArgumentException("\"*\" stands alone: it already covers every forum");
            }
            return all();
        }
        Set<ForumSlug> slugs = new TreeSet<>();
        for (String name : names) {
            slugs.add(new ForumSlug(name));
        }
        return new ForumScope(false, slugs);
    }

    @JsonValue
    public List<String> names() {
        if (everyForum) {
            return List.of(EVERY_FORUM);
        }
        List<String> names = new ArrayList<>();
        forums.forEach(f -> names.add(f.value()));
        names.sort(null);
        return names;
    }

    public boolean covers(ForumSlug forum) {
        return everyForum || forums.contains(forum);
    }
}
