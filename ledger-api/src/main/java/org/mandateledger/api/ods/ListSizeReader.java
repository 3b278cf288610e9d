package org.mandateledger.api.ods;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads NHS Digital "Patients Registered at a GP Practice" ({@code gp-reg-pat-prac-all.csv}): a header
 * row, then rows by practice, sex and age. Only the totals rows (SEX = ALL and AGE = ALL) become
 * {@link ListSize}s; the others are passed over without their values being checked. Columns are found by
 * header name; both the 2026 header ({@code SUB_ICB_LOCATION_CODE}) and the older one ({@code CCG_CODE})
 * are accepted. Streaming: one row at a time.
 */
public final class ListSizeReader {

    static final String PRACTICE_CODE = "CODE";
    static final String PATIENTS = "NUMBER_OF_PATIENTS";
    static final String EXTRACT_DATE = "EXTRACT_DATE";
    static final String SEX = "SEX";
    static final String AGE = "AGE";
    static final String SUB_ICB_LOCATION = "SUB_ICB_LOCATION_CODE";
    static final String OLDER_CCG = "CCG_CODE";

    private static final String ALL = "ALL";

    private ListSizeReader() {
    }

    /**
     * Reads {@code in} to its end, passing each totals row to {@code sink} as soon as it is parsed.
     *
     * <p>The caller owns {@code in} and closes it; nothing here closes it. Input must be UTF-8; a leading BOM
     * is skipped, CRLF or LF line endings are both fine, blank lines are ignored. Extract dates may be
     * {@code 2026-04-01}, {@code 01APR2024}, {@code 01-Apr-2024} or {@code 01-Apr-24}. Exceptions thrown by
     * {@code sink} stop the reading and pass through unchanged.
     *
     * @throws OdsFormatException on a missing column (including neither location column), a row whose column
     *                            count differs from the header's, or, in a totals row, an empty or invalid
     *                            code, a bad number or a bad date; also on malformed CSV or non-UTF-8 bytes
     * @throws IOException        if reading {@code in} itself fails
     */
    public static void read(InputStream in, Consumer<? super ListSize> sink) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        OdsCsv.forEachRecordAfterHeader(in, OdsFile.LIST_SIZES, header -> {
            Column code = header.require(PRACTICE_CODE);
            Column patients = header.require(PATIENTS);
            Column extractDate = header.require(EXTRACT_DATE);
            Column sex = header.require(SEX);
            Column age = header.require(AGE);
            // Required so that a file of some other shape is refused, though the value is not kept.
            header.requireEither(SUB_ICB_LOCATION, OLDER_CCG);
            return record -> {
                if (ALL.equalsIgnoreCase(record.text(sex)) && ALL.equalsIgnoreCase(record.text(age))) {
                    sink.accept(new ListSize(record.code(code), record.count(patients),
                            record.date(extractDate, OdsDates::parseExtractDate)));
                }
            };
        });
    }
}
