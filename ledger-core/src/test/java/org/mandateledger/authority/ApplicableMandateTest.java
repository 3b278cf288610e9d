package org.mandateledger.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.authority.AuthorityLevel.AGREE;
import static org.mandateledger.authority.AuthorityLevel.NEGOTIATE;
import static org.mandateledger.authority.AuthorityLevel.REPRESENT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;

class ApplicableMandateTest {

    private static final TopicSlug ACCESS = new TopicSlug("access");
    private static final TopicSlug URGENT_CARE = new TopicSlug("urgent-care");
    private static final TopicSlug SAME_DAY_HUBS = new TopicSlug("same-day-hubs");
    private static final TopicSlug ESTATES = new TopicSlug("estates");

    /** same-day-hubs sits under urgent-care, which sits under access. */
    private static final List<TopicSlug> SAME_DAY_HUBS_LINEAGE = List.of(SAME_DAY_HUBS, URGENT_CARE, ACCESS);
    private static final List<TopicSlug> URGENT_CARE_LINEAGE = List.of(URGENT_CARE, ACCESS);

    record Grant(String name, TopicScope scope, AuthorityLevel ceiling) implements ApplicableMandate.Candidate {
    }

    private static final Grant STAR = new Grant("star", TopicScope.all(), REPRESENT);
    private static final Grant ON_ACCESS = new Grant("access", TopicScope.of(ACCESS), AGREE);
    private static final Grant ON_URGENT_CARE = new Grant("urgent-care", TopicScope.of(URGENT_CARE, ESTATES), NEGOTIATE);
    private static final Grant ON_ESTATES = new Grant("estates", TopicScope.of(ESTATES), AGREE);

    @Test
    void a_mandate_naming_the_topic_itself_wins() {
        assertThat(ApplicableMandate.select(List.of(STAR, ON_ACCESS, ON_URGENT_CARE), URGENT_CARE_LINEAGE))
                .contains(ON_URGENT_CARE);
    }

    @Test
    void the_topic_itself_wins_even_when_an_ancestor_mandate_has_a_higher_ceiling() {
        Grant representOnUrgentCare = new Grant("urgent-care-represent", TopicScope.of(URGENT_CARE), REPRESENT);
        assertThat(ApplicableMandate.select(List.of(ON_ACCESS, representOnUrgentCare), URGENT_CARE_LINEAGE))
                .contains(representOnUrgentCare);
    }

    @Test
    void otherwise_the_nearest_ancestor_wins() {
        assertThat(ApplicableMandate.select(List.of(STAR, ON_ACCESS, ON_URGENT_CARE), SAME_DAY_HUBS_LINEAGE))
                .contains(ON_URGENT_CARE);
        assertThat(ApplicableMandate.select(List.of(STAR, ON_ACCESS), SAME_DAY_HUBS_LINEAGE))
                .contains(ON_ACCESS);
    }

    @Test
    void otherwise_the_mandate_for_every_topic_applies() {
        assertThat(ApplicableMandate.select(List.of(STAR, ON_ESTATES), URGENT_CARE_LINEAGE)).contains(STAR);
    }

    @Test
    void a_mandate_on_a_descendant_does_not_cover_its_ancestor() {
        assertThat(ApplicableMandate.select(List.of(ON_URGENT_CARE), List.of(ACCESS))).isEmpty();
        assertThat(ApplicableMandate.select(List.of(STAR, ON_URGENT_CARE), List.of(ACCESS))).contains(STAR);
    }

    @Test
    void no_mandate_covering_the_topic_means_none_applies() {
        assertThat(ApplicableMandate.select(List.of(ON_ESTATES), URGENT_CARE_LINEAGE)).isEmpty();
        assertThat(ApplicableMandate.select(List.<Grant>of(), URGENT_CARE_LINEAGE)).isEmpty();
    }

    @Test
    void the_order_mandates_are_listed_in_does_not_matter() {
        assertThat(ApplicableMandate.select(List.of(ON_URGENT_CARE, ON_ACCESS, STAR), SAME_DAY_HUBS_LINEAGE))
                .contains(ON_URGENT_CARE);
        assertThat(ApplicableMandate.select(List.of(STAR, ON_ACCESS), URGENT_CARE_LINEAGE))
                .contains(ON_ACCESS);
    }

    @Test
    void at_the_same_specificity_the_latest_grant_wins() {
        Grant earlier = new Grant("access-earlier", TopicScope.of(ACCESS), AGREE);
        Grant later = new Grant("access-later", TopicScope.of(ACCESS, ESTATES), REPRESENT);
        assertThat(ApplicableMandate.select(List.of(earlier, later), URGENT_CARE_LINEAGE)).contains(later);
        Grant laterStar = new Grant("star-later", TopicScope.all(), NEGOTIATE);
        assertThat(ApplicableMandate.select(List.of(STAR, laterStar), List.of(ESTATES))).contains(laterStar);
    }
}
