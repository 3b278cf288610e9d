package org.mandateledger.api.pages;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A date as the NHS.UK date input sends it: day, month and year in three text fields. */
public final class DateFields {

    private DateFields() {
    }

    /** Whether any of the three fields was filled in. */
    public static boolean given(String day, String month, String year) {
        return !(blank(day) && blank(month) && blank(year));
    }

    /** The date the three fields name, or {@code null} when they do not name a real one. */
    public static LocalDate parse(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException notADate) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
