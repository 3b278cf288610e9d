package org.mandateledger.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandateledger.issue.api.Term;

class PositionTermsTest {

    @Test
    void essential_terms_are_numbered_E1_E2_in_the_order_given() {
        assertThat(PositionTerms.essential(List.of("No hub without recurrent funding", "Practices keep their own lists", "GP oversight")))
                .containsExactly(
                        new Term("E1", "No hub without recurrent funding"),
                        new Term("E2", "Practices keep their own lists"),
                        new Term("E3", "GP oversight"));
    }

    @Test
    void negotiable_terms_are_numbered_N1_N2_in_the_order_given() {
        assertThat(PositionTerms.negotiable(List.of("Opening hours", "Hub locations")))
                .containsExactly(new Term("N1", "Opening hours"), new Term("N2", "Hub locations"));
    }

    @Test
    void the_order_given_is_kept_not_sorted() {
        assertThat(PositionTerms.essential(List.of("zebra crossing", "access")))
                .containsExactly(new Term("E1", "zebra crossing"), new Term("E2", "access"));
    }

    @Test
    void the_same_text_given_twice_is_two_terms() {
        assertThat(PositionTerms.negotiable(List.of("Opening hours", "Opening hours")))
                .containsExactly(new Term("N1", "Opening hours"), new Term("N2", "Opening hours"));
    }

    @Test
    void numbering_goes_past_nine_without_padding() {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            texts.add("term " + i);
        }
        assertThat(PositionTerms.essential(texts)).last().isEqualTo(new Term("E10", "term 10"));
    }

    @Test
    void no_list_gives_no_terms() {
        assertThat(PositionTerms.essential(null)).isEmpty();
        assertThat(PositionTerms.negotiable(null)).isEmpty();
    }

    @Test
    void an_empty_list_gives_no_terms() {
        assertThat(PositionTerms.essential(List.of())).isEmpty();
        assertThat(PositionTerms.negotiable(List.of())).isEmpty();
    }

    @Test
    void the_terms_of_a_recorded_position_cannot_be_changed_afterwards() {
        List<String> texts = new ArrayList<>(List.of("Opening hours"));
        List<Term> terms = PositionTerms.negotiable(texts);
        texts.add("Hub locations");

        assertThat(terms).containsExactly(new Term("N1", "Opening hours"));
        assertThat(terms).isUnmodifiable();
    }
}
