package org.mandateledger.api.ods;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the ePCN "PCN Core Partner Details" sheet saved as CSV: a header row, then one practice-to-PCN
 * relationship per row, ended relationships included. Columns are found by header name, so extra or
 * reordered columns do no harm. Streaming: one row at a time.
 *
 * @see CurrentPcnMembership for each practice's current PCN
 */
public final class EpcnReader {

    static final String PRACTICE_CODE = "Partner Organisation Code";
    static final String PRACTICE_NAME = "Partner Name";
    static final String PCN_CODE = "PCN Code";
    static final String PCN_NAME = "PCN Name";
    static final String START_DATE = "Practice to PCN Relationship Start Date";
    static final String END_DATE = "Practice to PCN Relationship End Date";

    private EpcnReader() {
    }

    /**
     * Reads {@code in} to its end, passing each relationship to {@code sink} as soon as it is parsed.
     *
     * <p>The caller owns {@code in} and closes it; nothing here closes it. Input must be UTF-8; a leading BOM
     * is skipped, CRLF or LF line endings are both fine, blank lines are ignored. Exceptions thrown by
     * {@code sink} stop the reading and pass through unchanged.
     *
     * @throws OdsFormatException on a missing column, a row whose column count differs from the header's, an
     *                            empty or invalid code, a missing or bad date, an end before the start, or on
     *                            malformed CSV or non-UTF-8 bytes
     * @throws IOException        if reading {@code in} itself fails
     */
    public static void read(InputStream in, Consumer<? super PcnRelationship> sink) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        OdsCsv.forEachRecordAfterHeader(in, OdsFile.EPCN, header -> {
            Columns columns = new Columns(header);
            return record -> sink.accept(columns.relationship(record));
        });
    }

    /** Where each needed column sits in this file's header. */
    private static final class Columns {
        private final Column practiceCode;
        private final Column practiceName;
        private final Column pcnCode;
        private final Column pcnName;
        private final Column start;
        private final Column end;

        Columns(OdsHeader header) {
            practiceCode = header.require(PRACTICE_CODE);
            practiceName = header.require(PRACTICE_NAME);
            pcnCode = header.require(PCN_CODE);
            pcnName = header.require(PCN_NAME);
            start = header.require(START_DATE);
            end = header.require(END_DATE);
        }

        PcnRelationship relationship(OdsRecord record) {
            String practice = record.code(practiceCode);
            String pcn = record.code(pcnCode);
            LocalDate from = record.date(start, OdsDates::parseCompact);
            LocalDate to = record.optionalDate(end, OdsDates::parseCompact);
            if (to != null && to.isBefore(from)) {
                throw record.error("relationship ends (" + record.text(end) + ") before it starts ("
                        + record.text(start) + ")");
            }
            return new PcnRelationship(practice, record.text(practiceName), pcn, record.text(pcnName), from, to);
        }
    }
}
