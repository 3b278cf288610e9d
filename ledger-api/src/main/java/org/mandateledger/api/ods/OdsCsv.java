package org.mandateledger.api.ods;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an ODS-style CSV stream one record at a time, turning every content problem into an
 * {@link OdsFormatException}.
 *
 * <p>Invariants: at most one record (plus the parser's read-ahead buffers) is held at a time; the caller's
 * stream is never closed; input is strict UTF-8 with an optional leading BOM; CRLF, LF and CR line endings are
 * all accepted; blank lines are ignored but still counted, so line numbers match what an editor shows.
 * Exceptions thrown by a handler pass through unchanged.
 */
final class OdsCsv {

    private static final char BOM = '\uFEFF';

    /** Blank lines are kept by the parser (and dropped here) so that its line count stays true. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    /** Receives each non-blank record in file order. */
    interface RecordHandler {
        void handle(OdsRecord record);
    }

    /** Receives the header record and returns the handler for the data records that follow it. */
    interface HeaderHandler {
        RecordHandler onHeader(OdsHeader header);
    }

    private OdsCsv() {
    }

    /** Passes every non-blank record, a header row included, to the handler. */
    static void forEachRecord(InputStream in, OdsFile file, RecordHandler handler) throws IOException {
        Reader reader = strictUtf8(in);
        skipBom(reader, file);
        // Never closed: closing the parser would close the caller's stream, and it holds nothing else.
        CSVParser parser = FORMAT.parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // The parser has consumed whole lines only, so the next record starts on the following line.
            int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                if (cause instanceof CSVException) {
                    throw new OdsFormatException(file, line, "malformed CSV (" + cause.getMessage() + ")", cause);
                }
                if (cause instanceof CharacterCodingException) {
                    throw notUtf8(file, line, cause);
                }
                // A failure of the caller's stream itself is not a format problem: it stays an IOException.
                throw cause;
            } catch (IllegalStateException e) {
                throw new OdsFormatException(file, line, "malformed CSV (" + e.getMessage() + ")", e);
            }
            if (!isBlank(record)) {
                handler.handle(new OdsRecord(file, line, record));
            }
        }
    }

    /**
     * Treats the first non-blank record as the header and passes every later non-blank record, each checked to
     * have as many columns as the header, to the handler that {@code onHeader} returns.
     */
    static void forEachRecordAfterHeader(InputStream in, OdsFile file, HeaderHandler onHeader) throws IOException {
        HeadedFile headed = new HeadedFile(onHeader);
        forEachRecord(in, file, headed);
        if (headed.header == null) {
            throw new OdsFormatException(file, 1, "empty file: expected a header row");
        }
    }

    private static final class HeadedFile implements RecordHandler {
        private final HeaderHandler onHeader;
        private OdsHeader header;
        private RecordHandler rows;

        HeadedFile(HeaderHandler onHeader) {
            this.onHeader = onHeader;
        }

        @Override
        public void handle(OdsRecord record) {
            if (header == null) {
                header = OdsHeader.of(record);
                rows = onHeader.onHeader(header);
                return;
            }
            record.requireColumnCount(header.size());
            rows.handle(record);
        }
    }

    /** Malformed bytes are reported, never replaced by U+FFFD, so a Windows-1252 file fails loudly. */
    private static Reader strictUtf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static void skipBom(Reader reader, OdsFile file) throws IOException {
        reader.mark(1);
        try {
            if (reader.read() != BOM) {
                reader.reset();
            }
        } catch (CharacterCodingException e) {
            throw notUtf8(file, 1, e);
        }
    }

    /** Decoding runs ahead of parsing, so the bad bytes are on this line or a later one. */
    private static OdsFormatException notUtf8(OdsFile file, int line, Throwable cause) {
        return new OdsFormatException(file, line, "input is not UTF-8 (bad bytes on this line or soon after)", cause);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 0 || (record.size() == 1 && record.get(0).isBlank());
    }
}
