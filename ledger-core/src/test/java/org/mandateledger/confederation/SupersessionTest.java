package org.mandateledger.confederation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.authority.AuthorityLevel.AGREE;
import static org.mandateledger.authority.AuthorityLevel.REPRESENT;
import static org.mandateledger.confederation.Ledger.ACCESS;
import static org.mandateledger.confederation.Ledger.ALDERLEY;
import static org.mandateledger.confederation.Ledger.BOLLINGTON;
import static org.mandateledger.confederation.Ledger.ESTATES;
import static org.mandateledger.confederation.Ledger.TODAY;
import static org.mandateledger.confederation.Ledger.URGENT_CARE;
import static org.mandateledger.confederation.Ledger.everyTopic;
import static org.mandateledger.confederation.Ledger.mandate;
import static org.mandateledger.confederation.Ledger.topics;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Validity;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;

/** The supersession rule and a mandate's standing, on their own, without the aggregate around them. */
class SupersessionTest {

    private static Mandate standing(String name, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling) {
        return new Mandate(mandate(name), grantor, scope, ceiling, new Validity(TODAY.minusMonths(2), null));
    }

    @Test
    void only_the_grantors_own_overlapping_standing_mandates_are_superseded() {
        List<Mandate> mandates = List.of(
                standing("alderley-access", ALDERLEY, topics(ACCESS), AGREE),
                standing("alderley-estates", ALDERLEY, topics(ESTATES), AGREE),
                standing("alderley-star", ALDERLEY, everyTopic(), REPRESENT),
                standing("bollington-access", BOLLINGTON, topics(ACCESS), AGREE),
                standing("alderley-urgent-care-withdrawn", ALDERLEY, topics(URGENT_CARE), AGREE).withdraw());

        assertThat(Supersession.supersededBy(ALDERLEY, topics(ACCESS, URGENT_CARE), mandates, TODAY, TODAY))
                .containsExactly(mandate("alderley-access"));
        assertThat(Supersession.supersededBy(ALDERLEY, everyTopic(), mandates, TODAY, TODAY))
                .containsExactly(mandate("alderley-star"));
        assertThat(Supersession.supersededBy(BOLLINGTON, everyTopic(), mandates, TODAY, TODAY)).isEmpty();
    }

    @Test
    void a_mandate_stands_until_withdrawn_superseded_or_lapsed() {
        Mandate untilJune30 = new Mandate(mandate("m"), ALDERLEY, topics(ACCESS), AGREE,
                new Validity(TODAY, LocalDate.of(2025, 6, 30)));

        assertThat(untilJune30.statusOn(LocalDate.of(2025, 6, 30))).isEqualTo(MandateStatus.ACTIVE);
        assertThat(untilJune30.statusOn(LocalDate.of(2025, 7, 1))).isEqualTo(MandateStatus.LAPSED);
        assertThat(untilJune30.withdraw().statusOn(TODAY)).isEqualTo(MandateStatus.WITHDRAWN);
        assertThat(untilJune30.supersedeFrom(TODAY).statusOn(TODAY)).isEqualTo(MandateStatus.SUPERSEDED);
    }

    @Test
    void a_withdrawn_mandate_stays_withdrawn_after_its_end_date() {
        Mandate withdrawn = new Mandate(mandate("m"), ALDERLEY, topics(ACCESS), AGREE,
                new Validity(TODAY, LocalDate.of(2025, 6, 30))).withdraw();

        assertThat(withdrawn.statusOn(LocalDate.of(2025, 12, 1))).isEqualTo(MandateStatus.WITHDRAWN);
    }

    @Test
    void a_mandate_from_a_future_day_already_stands() {
        Mandate fromNextMonth = new Mandate(mandate("m"), ALDERLEY, topics(ACCESS), AGREE, new Validity(TODAY.plusMonths(1), null));

        assertThat(fromNextMonth.activeOn(TODAY)).isTrue();
        assertThat(fromNextMonth.validity().inForceOn(TODAY)).isFalse();
    }
}
