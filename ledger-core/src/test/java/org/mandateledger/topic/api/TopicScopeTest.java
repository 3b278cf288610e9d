package org.mandateledger.topic.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mandateledger.ledger.InvalidIdentifierException;
import tools.jackson.databind.json.JsonMapper;

class TopicScopeTest {

    private static final TopicSlug ACCESS = new TopicSlug("access");
    private static final TopicSlug ESTATES = new TopicSlug("estates");
    private static final TopicSlug URGENT_CARE = new TopicSlug("urgent-care");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void star_covers_every_topic_and_names_none() {
        TopicScope star = TopicScope.parse(List.of("*"));
        assertThat(star).isEqualTo(TopicScope.all());
        assertThat(star.everyTopic()).isTrue();
        assertThat(star.topics()).isEmpty();
        assertThat(star.names(ACCESS)).isFalse();
    }

    @Test
    void star_stands_alone() {
        assertThatThrownBy(() -> TopicScope.parse(List.of("*", "access")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_scope_names_at_least_one_topic() {
        assertThatThrownBy(() -> TopicScope.parse(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TopicScope(false, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void topics_must_be_slugs() {
        assertThatThrownBy(() -> TopicScope.parse(List.of("Urgent Care"))).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void a_scope_names_its_topics_but_not_their_descendants() {
        TopicScope access = TopicScope.of(ACCESS);
        assertThat(access.names(ACCESS)).isTrue();
        assertThat(access.names(URGENT_CARE)).isFalse();
    }

    @Test
    void scopes_naming_a_common_topic_overlap() {
        assertThat(TopicScope.of(ACCESS, ESTATES).overlaps(TopicScope.of(ESTATES, URGENT_CARE))).isTrue();
        assertThat(TopicScope.of(ESTATES, URGENT_CARE).overlaps(TopicScope.of(ACCESS, ESTATES))).isTrue();
    }

    @Test
    void scopes_naming_no_common_topic_do_not_overlap() {
        assertThat(TopicScope.of(ACCESS).overlaps(TopicScope.of(ESTATES))).isFalse();
        // urgent-care sits under access, but neither scope names the other's topic
        assertThat(TopicScope.of(ACCESS).overlaps(TopicScope.of(URGENT_CARE))).isFalse();
    }

    @Test
    void two_star_scopes_overlap() {
        assertThat(TopicScope.all().overlaps(TopicScope.all())).isTrue();
    }

    @Test
    void star_does_not_overlap_a_scope_naming_topics() {
        assertThat(TopicScope.all().overlaps(TopicScope.of(ACCESS))).isFalse();
        assertThat(TopicScope.of(ACCESS).overlaps(TopicScope.all())).isFalse();
    }

    @Test
    void the_same_topics_in_another_order_are_the_same_scope() {
        assertThat(TopicScope.parse(List.of("estates", "access"))).isEqualTo(TopicScope.of(ACCESS, ESTATES));
    }

    @Test
    void star_is_written_as_a_list_holding_only_star() {
        assertThat(json.writeValueAsString(TopicScope.all())).isEqualTo("[\"*\"]");
    }

    @Test
    void named_topics_are_written_as_a_sorted_list_of_slugs() {
        TopicScope sixTopics = TopicScope.parse(List.of("workforce", "urgent-care", "estates", "contract", "access", "digital"));

        assertThat(sixTopics.names()).containsExactly("access", "contract", "digital", "estates", "urgent-care", "workforce");
        assertThat(json.writeValueAsString(sixTopics))
                .isEqualTo("[\"access\",\"contract\",\"digital\",\"estates\",\"urgent-care\",\"workforce\"]");
        assertThat(json.writeValueAsString(TopicScope.of(URGENT_CARE, ACCESS, ESTATES)))
                .isEqualTo("[\"access\",\"estates\",\"urgent-care\"]");
    }

    @Test
    void a_scope_reads_back_as_it_was_written() {
        for (TopicScope scope : List.of(TopicScope.all(), TopicScope.of(ACCESS), TopicScope.of(URGENT_CARE, ESTATES))) {
            String written = json.writeValueAsString(scope);
            assertThat(json.readValue(written, TopicScope.class)).isEqualTo(scope);
        }
    }

    @Test
    void the_contracts_forms_are_read() {
        assertThat(json.readValue("[\"*\"]", TopicScope.class)).isEqualTo(TopicScope.all());
        assertThat(json.readValue("[\"urgent-care\",\"access\"]", TopicScope.class)).isEqualTo(TopicScope.of(ACCESS, URGENT_CARE));
    }

    @Test
    void star_with_other_topics_is_not_read() {
        assertThatThrownBy(() -> json.readValue("[\"*\",\"access\"]", TopicScope.class)).isInstanceOf(RuntimeException.class);
    }
}
