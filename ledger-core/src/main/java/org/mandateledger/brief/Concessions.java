package org.mandateledger.brief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mandateledger.authority.AuthorityLevel;

/**
 * What a delegate may concede on an item and what they must not. Only a delegate who may
 * negotiate concedes anything: under {@code NEGOTIATE} or {@code AGREE} the default is every
 * negotiable term, and a list given names negotiable terms of the position the item rests on;
 * below it the delegate commits to nothing, so concedes nothing. The terms that must not be
 * conceded are the essential terms and every negotiable term left out of what may be conceded.
 */
public final class Concessions {

    /** A term list the item cannot carry. */
    public enum Refusal {
        /** A term id that is not a negotiable term of the position the item rests on. */
        TERM_NOT_NEGOTIABLE,
        /** Terms to concede under an authority that commits to nothing. */
        CONCESSION_NEEDS_NEGOTIATE
    }

    /** The terms of an item, in the position's order. */
    public record Terms(List<String> mayConcede, List<String> mustNotConcede) {

        public Terms {
            mayConcede = List.copyOf(mayConcede);
            mustNotConcede = List.copyOf(mustNotConcede);
        }
    }

    /** Either the terms, or why the request cannot have them. */
    public record Decision(Optional<Terms> terms, Optional<Refusal> refusal, List<String> offending) {
    }

    private Concessions() {
    }

    /**
     * @param requested the term ids asked for, or {@code null} for the default
     * @param position  the position the item rests on, if the issue has one
     */
    public static Decision decide(AuthorityLevel authority, List<String> requested, Optional<BriefingRecord.PositionFacts> position) {
        List<String> essential = position.map(BriefingRecord.PositionFacts::essentialTerms).orElse(List.of());
        List<String> negotiable = position.map(BriefingRecord.PositionFacts::negotiableTerms).orElse(List.of());
        boolean mayNegotiate = authority.atLeast(AuthorityLevel.NEGOTIATE);
        if (requested != null) {
            List<String> unknown = requested.stream().filter(id -> !negotiable.contains(id)).distinct().toList();
            if (!unknown.isEmpty()) {
                return refused(Refusal.TERM_NOT_NEGOTIABLE, unknown);
            }
            if (!mayNegotiate && !requested.isEmpty()) {
                return refused(Refusal.CONCESSION_NEEDS_NEGOTIATE, requested.stream().distinct().toList());
            }
        }
        Set<String> conceded = new LinkedHashSet<>(requested == null ? (mayNegotiate ? negotiable : List.of()) : requested);
        List<String> mayConcede = negotiable.stream().filter(conceded::contains).toList();
        List<String> mustNotConcede = new ArrayList<>(essential);
        negotiable.stream().filter(id -> !conceded.contains(id)).forEach(mustNotConcede::add);
        return new Decision(Optional.of(new Terms(mayConcede, mustNotConcede)), Optional.empty(), List.of());
    }

    private static Decision refused(Refusal refusal, List<String> offending) {
        return new Decision(Optional.empty(), Optional.of(refusal), offending);
    }
}
