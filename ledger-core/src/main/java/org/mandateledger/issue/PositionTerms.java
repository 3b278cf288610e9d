package org.mandateledger.issue;

import java.util.ArrayList;
import java.util.List;
import org.mandateledger.issue.api.Term;

/** Numbers a position's terms in the order given: essential terms E1, E2, ...; negotiable terms N1, N2, .... */
final class PositionTerms {

    private PositionTerms() {
    }

    static List<Term> essential(List<String> texts) {
        return number("E", texts);
    }

    static List<Term> negotiable(List<String> texts) {
        return number("N", texts);
    }

    private static List<Term> number(String prefix, List<String> texts) {
        List<Term> terms = new ArrayList<>();
        if (texts != null) {
            for (String text : texts) {
                terms.add(new Term(prefix + (terms.size() + 1), text));
            }
        }
        return List.copyOf(terms);
    }
}
