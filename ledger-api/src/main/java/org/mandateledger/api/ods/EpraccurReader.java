package org.mandateledger.api.ods;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads ODS {@code epraccur.csv}: no header, 27 quoted columns per row (ODS standard file layout).
 *
 * <p>Every row is passed on, active GP practice or not; {@link EpraccurRow#skipReason()} says which rows an
 * importer of GP practices keeps. Streaming: one row at a time, so a whole-England file (about 17,000 rows)
 * costs no more memory than a small one.
 */
public final class EpraccurReader {

    static final int COLUMN_COUNT = 27;

    private static final Column CODE = Column.numbered(1, "organisation code");
    private static final Column NAME = Column.numbered(2, "name");
    private static final Column CLOSE_DATE = Column.numbered(12, "close date");
    private static final Column STATUS = Column.numbered(13, "status code");
    private static final Column PRESCRIBING_SETTING = Column.numbered(26, "prescribing setting");

    /** Prescribing setting "GP practice": the numeric code, and the ODS role code newer files write. */
    private static final Set<String> GP_PRACTICE_SETTINGS = Set.of("4", "RO76");

    private EpraccurReader() {
    }

    /**
     * Reads {@code in} to its end, passing each row to {@code sink} as soon as it is parsed.
     *
     * <p>The caller owns {@code in} and closes it; nothing here closes it. Input must be UTF-8 (plain ASCII
     * in practice); a leading BOM is skipped and CRLF or LF line endings are both fine; blank lines are
     * ignored. Exceptions thrown by {@code sink} stop the reading and pass through unchanged.
     *
     * @throws OdsFormatException on the first row that is not exactly 27 columns, has an empty or invalid code,
     *                            an unknown status or a bad close date, or on malformed CSV or non-UTF-8 bytes
     * @throws IOException        if reading {@code in} itself fails
     */
    public static void read(InputStream in, Consumer<? super EpraccurRow> sink) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        OdsCsv.forEachRecord(in, OdsFile.EPRACCUR, record -> sink.accept(toRow(record)));
    }

    private static EpraccurRow toRow(OdsRecord record) {
        record.requireColumnCount(COLUMN_COUNT);
        String code = record.code(CODE);
        String statusText = record.text(STATUS);
        EpraccurRow.Status status = EpraccurRow.Status.fromOds(statusText).orElseThrow(() -> record.error(
                "unknown status '" + statusText + "' in " + STATUS.description()));
        boolean gpPractice =
                GP_PRACTICE_SETTINGS.contains(record.text(PRESCRIBING_SETTING).toUpperCase(Locale.ROOT));
        return new EpraccurRow(code, record.text(NAME), status, gpPractice,
                record.optionalDate(CLOSE_DATE, OdsDates::parseCompact));
    }
}
