package org.mandateledger.api.ods;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.mandateledger.api.problem.Requests;

/**
 * One CSV record with the line it starts on, giving typed, trimmed values; every bad value becomes an
 * {@link OdsFormatException} naming the file, the line and the column.
 */
final class OdsRecord {

    /** A count is plain digits: no sign, no separators, no decimals. */
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,10}");

    private final OdsFile file;
    private final int line;
    private final CSVRecord values;

    OdsRecord(OdsFile file, int line, CSVRecord values) {
        this.file = file;
        this.line = line;
        this.values = values;
    }

    int line() {
        return line;
    }

    int size() {
        return values.size();
    }

    /** Caller has checked the record is wide enough (see {@link #requireColumnCount}). */
    String text(int index) {
        return values.get(index).strip();
    }

    String text(Column column) {
        return text(column.index());
    }

    void requireColumnCount(int expected) {
        if (values.size() != expected) {
            throw error("expected " + expected + " columns, found " + values.size());
        }
    }

    /** A required ODS code, trimmed and upper-cased. */
    String code(Column column) {
        String raw = text(column);
        if (raw.isEmpty()) {
            throw error("empty code in " + column.description());
        }
        return OdsCode.normalise(raw)
                .orElseThrow(() -> error("invalid ODS code '" + raw + "' in " + column.description()));
    }

    LocalDate date(Column column, Function<String, Optional<LocalDate>> form) {
        LocalDate date = optionalDate(column, form);
        if (date == null) {
            throw error("missing date in " + column.description());
        }
        return date;
    }

    /**
     * Null when the cell is empty; a non-empty cell must be a valid date in the years the ledger
     * holds ({@link Requests#FIRST_YEAR} to {@link Requests#LAST_YEAR}), as every date sent to the API must.
     */
    LocalDate optionalDate(Column column, Function<String, Optional<LocalDate>> form) {
        String raw = text(column);
        if (raw.isEmpty()) {
            return null;
        }
        LocalDate date = form.apply(raw).orElseThrow(() -> error("bad date '" + raw + "' in " + column.description()));
        if (date.getYear() < Requests.FIRST_YEAR || date.getYear() > Requests.LAST_YEAR) {
            throw error("date '" + raw + "' in " + column.description() + " is outside the years " + Requests.FIRST_YEAR + " to "
                    + Requests.LAST_YEAR);
        }
        return date;
    }

    /** A whole number from 0 to {@link Integer#MAX_VALUE}. */
    int count(Column column) {
        String raw = text(column);
        if (COUNT.matcher(raw).matches()) {
            long value = Long.parseLong(raw);
            if (value <= Integer.MAX_VALUE) {
                return (int) value;
            }
        }
        throw error("bad number '" + raw + "' in " + column.description() + " (expected a whole number, 0 or more)");
    }

    OdsFormatException error(String detail) {
        return new OdsFormatException(file, line, detail);
    }
}
