package org.mandateledger.api.pages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.Requests;

/**
 * The "as at" picker of a page: a day, a month and a year, and a time of day if wanted (the NHS.UK
 * date input, UK time; hours and minutes, and seconds if wanted); or {@code at}, an instant as the API takes it, for links. Without a time it
 * is the end of that day: the ledger as it stood once the day's records were in.
 */
public record AsAt(String at, String day, String month, String year, String time) {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?");

    /** What was asked: an instant, none (now), or the fields' errors, by field id, in the page's order. */
    public record Reading(Optional<Instant> instant, Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public boolean given() {
        return !blank(at) || !blank(day) || !blank(month) || !blank(year) || !blank(time);
    }

    public Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!given()) {
            return new Reading(Optional.empty(), errors);
        }
        if (!blank(at)) {
            try {
                return new Reading(Optional.of(Requests.instant("at", Instant.parse(at.strip()))), errors);
            } catch (DateTimeParseException | InvalidRequestException e) {
                errors.put("at-day", "The link's date and time cannot be read: enter a date");
                return new Reading(Optional.empty(), errors);
            }
        }
        LocalDate date = null;
        if (blank(day) || blank(month) || blank(year)) {
            errors.put("at-day", "Enter the day, month and year, for example 1 12 2026");
        } else {
            date = DateFields.parse(day, month, year);
            try {
                if (date != null) {
                    Requests.date("at", date);
                }
            } catch (InvalidRequestException e) {
                date = null;
            }
            if (date == null) {
                errors.put("at-day", "Enter a real date from 1900 to 9999, for example 1 12 2026");
            }
        }
        LocalTime clock = LocalTime.MAX;
        if (!blank(time)) {
            Matcher m = TIME.matcher(time.strip());
            try {
                if (!m.matches()) {
                    throw new DateTimeException(time);
                }
                clock = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                errors.put("at-time", "Enter the time as hours and minutes on the 24-hour clock, for example 09:30");
            }
        }
        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), errors);
        }
        Instant instant = ZonedDateTime.of(date, clock, PageDisplay.LONDON).toInstant();
        return new Reading(Optional.of(Requests.instant("at", instant)), errors);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
