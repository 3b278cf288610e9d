package org.mandateledger.api.ods;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Each practice's current PCN on a given day, collected from a stream of {@link PcnRelationship}s.
 *
 * <p>A relationship is current when {@link PcnRelationship#isCurrentOn(LocalDate)} holds for {@code asOf}.
 * When a practice has several current ones, the one with the latest start wins; on equal starts the later
 * row in the file wins. Memory: one relationship per practice, never the whole file.
 */
public final class CurrentPcnMembership implements Consumer<PcnRelationship> {

    private final LocalDate asOf;
    private final Map<String, PcnRelationship> byPractice = new TreeMap<>();

    public CurrentPcnMembership(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** Reads an ePCN core partner file (see {@link EpcnReader#read}) and collects current memberships. */
    public static CurrentPcnMembership read(InputStream in, LocalDate asOf) throws IOException {
        CurrentPcnMembership membership = new CurrentPcnMembership(asOf);
        EpcnReader.read(in, membership);
        return membership;
    }

    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public void accept(PcnRelationship relationship) {
        if (!relationship.isCurrentOn(asOf)) {
            return;
        }
        byPractice.merge(relationship.practiceCode(), relationship,
                (kept, offered) -> offered.start().isBefore(kept.start()) ? kept : offered);
    }

    /** Practice ODS code to its current relationship, ordered by practice code; practices with none are absent. */
    public Map<String, PcnRelationship> byPractice() {
        return Collections.unmodifiableMap(new TreeMap<>(byPractice));
    }

    /**
     * PCN code to PCN name for every PCN that some practice currently belongs to, ordered by code. Should
     * rows disagree on a PCN's name, the name on its most recently started relationship is used.
     */
    public Map<String, String> pcns() {
        Map<String, PcnRelationship> newestPerPcn = new HashMap<>();
        for (PcnRelationship relationship : byPractice.values()) {
            newestPerPcn.merge(relationship.pcnCode(), relationship,
                    (kept, offered) -> offered.start().isAfter(kept.start()) ? offered : kept);
        }
        Map<String, String> names = new TreeMap<>();
        newestPerPcn.forEach((code, relationship) -> names.put(code, relationship.pcnName()));
        return Collections.unmodifiableMap(names);
    }
}
