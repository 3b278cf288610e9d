package org.mandateledger.api.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mandateledger.authority.AuthorityLevel;
import org.springframework.stereotype.Component;

/**
 * How the pages write the ledger's values for a person: instants in Europe/London (the ledger judges
 * every date there), shares as percentages, counts with thousands separators, authority levels as
 * tags. Templates call it as {@code @pageDisplay}.
 */
@Component("pageDisplay")
public class PageDisplay {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String now() {
        return instant(Instant.now());
    }

    public String instant(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LONDON));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The value of a {@code datetime-local} input showing {@code instant} in London. */
    public String pickerValue(Instant instant) {
        return instant == null ? "" : PICKER.format(instant.atZone(LONDON));
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** A share in [0, 1] as a percentage with one decimal place, e.g. {@code 52.3%}. */
    public String percent(BigDecimal share) {
        return share == null ? "" : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A share in [0, 1] as a width in the coverage bars' 0 to 100 scale. */
    public String width(BigDecimal share) {
        BigDecimal capped = share == null ? BigDecimal.ZERO : share.min(BigDecimal.ONE).max(BigDecimal.ZERO);
        return capped.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A new key for a form, sent back with it as {@code _idempotency}: the same form sent twice is recorded once. */
    public String newFormKey() {
        return java.util.UUID.randomUUID().toString();
    }

    public String outcome(org.mandateledger.meeting.api.Outcome outcome) {
        return outcome == null ? "" : switch (outcome) {
            case AGREED -> "Agreed";
            case NOT_AGREED -> "Not agreed";
            case DEFERRED -> "Deferred";
            case NOTED -> "Noted";
        };
    }

    /** What a finding means, in a sentence a chair or delegate reads. */
    public String finding(org.mandateledger.audit.api.FindingType type) {
        return type == null ? "" : switch (type) {
            case RED_LINE_BREACH -> "A term the brief said must not be conceded was conceded";
            case AUTHORITY_EXCEEDED -> "Agreed beyond the authority the brief gave";
            case AWAITING_RATIFICATION -> "Agreed under NEGOTIATE: binds only once the confederation ratifies it";
            case UNBRIEFED -> "Spoke on a matter without a brief";
            case BRIEF_EXCEEDED -> "A brief goes further than the ledger now allows";
            case FEEDBACK_OVERDUE -> "Feedback is overdue";
            case ACTION_OVERDUE -> "An action is overdue";
            case MANDATE_LAPSING -> "A mandate lapses within 30 days";
        };
    }

    public String severityTag(org.mandateledger.audit.api.Severity severity) {
        return severity == null ? "nhsuk-tag--white" : switch (severity) {
            case CRITICAL -> "nhsuk-tag--red";
            case WARNING -> "nhsuk-tag--orange";
            case INFO -> "nhsuk-tag--blue";
        };
    }

    /** A practice's mandate on a topic, and why it does not count if it does not. */
    public String standing(org.mandateledger.projections.coverage.CoverageQueries.PracticeStanding practice) {
        if (practice.mandate() == null) {
            return "None";
        }
        if (practice.applies()) {
            return "Up to " + practice.ceiling() + (practice.backs().isEmpty() ? "" : "");
        }
        return switch (practice.status()) {
            case WITHDRAWN -> "Withdrawn (was up to " + practice.ceiling() + ")";
            case LAPSED -> "Lapsed (was up to " + practice.ceiling() + ")";
            case SUPERSEDED -> "Superseded (was up to " + practice.ceiling() + ")";
            case ACTIVE -> "Not yet valid (up to " + practice.ceiling() + ")";
        };
    }

    /** What an authority level lets the confederation do, as domain.md says it. */
    public String level(AuthorityLevel level) {
        return level == null ? "" : switch (level) {
            case OBSERVE -> "listen and report back";
            case REPRESENT -> "state adopted positions";
            case NEGOTIATE -> "negotiate; agreements bind once ratified";
            case AGREE -> "agree";
        };
    }

    /** The tag's colour: grey to listen, blue to represent, purple to negotiate, green to agree. */
    public String authorityTag(AuthorityLevel level) {
        if (level == null) {
            return "nhsuk-tag--white";
        }
        return switch (level) {
            case OBSERVE -> "nhsuk-tag--grey";
            case REPRESENT -> "nhsuk-tag--blue";
            case NEGOTIATE -> "nhsuk-tag--purple";
            case AGREE -> "nhsuk-tag--green";
        };
    }
}
