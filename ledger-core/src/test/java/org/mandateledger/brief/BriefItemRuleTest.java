package org.mandateledger.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.authority.AuthorityLevel.AGREE;
import static org.mandateledger.authority.AuthorityLevel.NEGOTIATE;
import static org.mandateledger.authority.AuthorityLevel.OBSERVE;
import static org.mandateledger.authority.AuthorityLevel.REPRESENT;
import static org.mandateledger.brief.BriefItemRule.Refusal.AUTHORITY_ABOVE_APPOINTMENT;
import static org.mandateledger.brief.BriefItemRule.Refusal.AUTHORITY_ABOVE_CONFEDERATION;
import static org.mandateledger.brief.BriefItemRule.Refusal.FORUM_NOT_IN_APPOINTMENT;
import static org.mandateledger.brief.BriefItemRule.Refusal.INTEREST_DECLARED;
import static org.mandateledger.brief.BriefItemRule.Refusal.MEETING_STARTED;
import static org.mandateledger.brief.BriefItemRule.Refusal.POSITION_NOT_ADOPTED;
import static org.mandateledger.brief.BriefItemRule.Refusal.RESERVED_ISSUE;
import static org.mandateledger.brief.BriefItemRule.Refusal.TOPIC_NOT_IN_APPOINTMENT;

import org.junit.jupiter.api.Test;
import org.mandateledger.authority.AuthorityLevel;

/** Each case breaks one rule of a brief item that otherwise may grant NEGOTIATE; then several at once. */
class BriefItemRuleTest {

    /** Everything in order: before the meeting, in the appointment, an adopted collective position, NEGOTIATE held. */
    private static final BriefItemFacts SOUND = new BriefItemFacts(false, true, true, true, false, NEGOTIATE, NEGOTIATE, false, false);

    private static BriefItemFacts with(boolean meetingStarted, boolean forum, boolean topic, boolean adopted, boolean reserved,
                                       AuthorityLevel ceiling, AuthorityLevel confederation, boolean interest, boolean other) {
        return new BriefItemFacts(meetingStarted, forum, topic, adopted, reserved, ceiling, confederation, interest, other);
    }

    @Test
    void a_sound_item_may_be_granted_up_to_what_everyone_holds() {
        assertThat(BriefItemRule.refusals(NEGOTIATE, SOUND)).isEmpty();
    }

    @Test
    void a_brief_is_issued_before_its_meeting_starts() {
        assertThat(BriefItemRule.refusals(NEGOTIATE, with(true, true, true, true, false, NEGOTIATE, NEGOTIATE, false, false)))
                .containsExactly(MEETING_STARTED);
    }

    @Test
    void the_meetings_forum_must_be_in_the_appointment() {
        assertThat(BriefItemRule.refusals(NEGOTIATE, with(false, false, true, true, false, NEGOTIATE, NEGOTIATE, false, false)))
                .containsExactly(FORUM_NOT_IN_APPOINTMENT);
    }

    @Test
    void the_issues_topic_must_be_in_the_appointment() {
        assertThat(BriefItemRule.refusals(NEGOTIATE, with(false, true, false, true, false, NEGOTIATE, NEGOTIATE, false, false)))
                .containsExactly(TOPIC_NOT_IN_APPOINTMENT);
    }

    @Test
    void anything_above_observe_rests_on_an_adopted_position() {
        BriefItemFacts emerging = with(false, true, true, false, false, NEGOTIATE, NEGOTIATE, false, false);
        assertThat(BriefItemRule.refusals(REPRESENT, emerging)).containsExactly(POSITION_NOT_ADOPTED);
        assertThat(BriefItemRule.refusals(OBSERVE, emerging)).as("an emerging view may be reported").isEmpty();
    }

    @Test
    void no_one_is_briefed_above_represent_on_a_reserved_issue() {
        BriefItemFacts reserved = with(false, true, true, true, true, NEGOTIATE, NEGOTIATE, false, false);
        assertThat(BriefItemRule.refusals(NEGOTIATE, reserved)).containsExactly(RESERVED_ISSUE);
        assertThat(BriefItemRule.refusals(REPRESENT, reserved)).isEmpty();
    }

    @Test
    void a_brief_cannot_grant_more_than_the_appointments_ceiling() {
        assertThat(BriefItemRule.refusals(AGREE, with(false, true, true, true, false, NEGOTIATE, AGREE, false, false)))
                .containsExactly(AUTHORITY_ABOVE_APPOINTMENT);
    }

    @Test
    void a_brief_cannot_grant_more_than_the_confederation_holds() {
        assertThat(BriefItemRule.refusals(NEGOTIATE, with(false, true, true, true, false, AGREE, REPRESENT, false, false)))
                .containsExactly(AUTHORITY_ABOVE_CONFEDERATION);
    }

    @Test
    void an_interested_person_is_never_the_only_delegate_above_observe() {
        BriefItemFacts interested = with(false, true, true, true, false, NEGOTIATE, NEGOTIATE, true, false);
        assertThat(BriefItemRule.refusals(REPRESENT, interested)).containsExactly(INTEREST_DECLARED);
        assertThat(BriefItemRule.refusals(OBSERVE, interested)).as("they may still observe").isEmpty();
        assertThat(BriefItemRule.refusals(REPRESENT, with(false, true, true, true, false, NEGOTIATE, NEGOTIATE, true, true)))
                .as("alongside another delegate above OBSERVE").isEmpty();
    }

    @Test
    void when_several_rules_break_the_first_in_the_contracts_order_is_the_code_and_all_are_listed() {
        BriefItemFacts everythingWrong = with(true, false, false, false, true, REPRESENT, OBSERVE, true, false);
        assertThat(BriefItemRule.refusals(AGREE, everythingWrong)).containsExactly(MEETING_STARTED, FORUM_NOT_IN_APPOINTMENT,
                TOPIC_NOT_IN_APPOINTMENT, POSITION_NOT_ADOPTED, RESERVED_ISSUE, AUTHORITY_ABOVE_APPOINTMENT, AUTHORITY_ABOVE_CONFEDERATION,
                INTEREST_DECLARED);
        assertThat(BriefItemRule.refusals(NEGOTIATE, with(false, true, true, true, false, REPRESENT, OBSERVE, false, false)))
                .containsExactly(AUTHORITY_ABOVE_APPOINTMENT, AUTHORITY_ABOVE_CONFEDERATION);
    }
}
