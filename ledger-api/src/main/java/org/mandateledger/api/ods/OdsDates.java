package org.mandateledger.api.ods;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Date forms found in ODS and NHS Digital files; every parser is strict (no 31 April, no month 13). */
final class OdsDates {

    /** ODS dates: {@code 20191001}. */
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /**
     * NHS Digital extract dates over the years: {@code 2026-04-01}, {@code 01APR2024}, {@code 01-Apr-2024},
     * {@code 01-Apr-24} (two-digit years are 20yy). Month names are English and case-insensitive.
     */
    private static final List<DateTimeFormatter> EXTRACT_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT),
            monthName("ddMMMuuuu"),
            monthName("dd-MMM-uuuu"),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("dd-MMM-").appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    private OdsDates() {
    }

    /** A {@code yyyyMMdd} date, or empty if the text is not one. */
    static Optional<LocalDate> parseCompact(String text) {
        return parse(text, COMPACT);
    }

    /** An extract date in any of the known forms, or empty if the text is none of them. */
    static Optional<LocalDate> parseExtractDate(String text) {
        for (DateTimeFormatter form : EXTRACT_FORMS) {
            Optional<LocalDate> date = parse(text, form);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parse(String text, DateTimeFormatter form) {
        try {
            return Optional.of(LocalDate.parse(text, form));
        } catch (DateTimeParseException notThisForm) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter monthName(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
