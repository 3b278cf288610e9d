package org.mandateledger.api.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandateledger.api.ods.OdsTestFiles.cheshire;
import static org.mandateledger.api.ods.OdsTestFiles.cheshireLines;
import static org.mandateledger.api.ods.OdsTestFiles.readAll;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EpraccurReaderTest {

    private static final String FILE = "epraccur.csv";

    // ---- the real Cheshire (27D) file ----

    @Test
    void reads_every_row_of_the_cheshire_file_in_order() {
        List<EpraccurRow> rows = readAll(EpraccurReader::read, cheshire(FILE));

        List<String> rawCodes = cheshireLines(FILE).stream().map(line -> raw(line)[0]).collect(Collectors.toList());
        assertThat(rows).extracting(EpraccurRow::code).containsExactlyElementsOf(rawCodes);
        assertThat(rows).hasSize(174);
    }

    @Test
    void keeps_only_active_gp_practices() {
        List<String> active = readAll(EpraccurReader::read, cheshire(FILE)).stream()
                .filter(EpraccurRow::isActiveGpPractice).map(EpraccurRow::code).collect(Collectors.toList());

        List<String> expected = cheshireLines(FILE).stream().map(EpraccurReaderTest::raw)
                .filter(columns -> columns[12].equals("A") && columns[25].equals("4"))
                .map(columns -> columns[0]).collect(Collectors.toList());
        assertThat(active).containsExactlyElementsOf(expected).hasSize(79);
    }

    @Test
    void skips_every_other_row_with_its_reason_not_a_gp_practice_before_closed() {
        Map<String, SkipReason> skipped = readAll(EpraccurReader::read, cheshire(FILE)).stream()
                .filter(row -> row.skipReason().isPresent())
                .collect(Collectors.toMap(EpraccurRow::code, row -> row.skipReason().get()));

        Map<String, SkipReason> expected = cheshireLines(FILE).stream().map(EpraccurReaderTest::raw)
                .filter(columns -> !(columns[12].equals("A") && columns[25].equals("4")))
                .collect(Collectors.toMap(columns -> columns[0], columns -> columns[25].equals("4")
                        ? SkipReason.CLOSED : SkipReason.NOT_A_GP_PRACTICE));
        assertThat(skipped).isEqualTo(expected).hasSize(95);
        // 9 closed GP practices; 86 other settings, 7 of them closed too (counted once, as not a GP practice).
        assertThat(Collections.frequency(skipped.values(), SkipReason.CLOSED)).isEqualTo(9);
        assertThat(Collections.frequency(skipped.values(), SkipReason.NOT_A_GP_PRACTICE)).isEqualTo(86);
    }

    @Test
    void reads_the_close_date_and_status_of_a_closed_practice() {
        EpraccurRow whitby = readAll(EpraccurReader::read, cheshire(FILE)).stream()
                .filter(row -> row.code().equals("N81023")).findFirst().orElseThrow();

        assertThat(whitby).isEqualTo(new EpraccurRow("N81023", "WHITBY GROUP PRACTICE SURGERY (GREEN)",
                EpraccurRow.Status.CLOSED, true, LocalDate.of(2021, 1, 31)));
        assertThat(whitby.skipReason()).contains(SkipReason.CLOSED);
        assertThat(SkipReason.CLOSED.description()).isEqualTo("closed practice");
    }

    // ---- synthetic inputs ----

    @Test
    void accepts_the_2026_ACTIVE_and_RO76_forms() {
        List<EpraccurRow> rows = readAll(EpraccurReader::read, String.join("\n",
                row("N81001", "ACTIVE", "RO76", ""),
                row("N81002", "INACTIVE", "RO76", "20260131"),
                row("N81003", "DORMANT", "RO76", ""),
                row("N81004", "PROPOSED", "RO76", ""),
                row("N81005", "ACTIVE", "RO177", ""),
                row("N81006", "active", "ro76", "")));

        assertThat(rows).extracting(EpraccurRow::code, EpraccurRow::status, EpraccurRow::skipReason).containsExactly(
                tuple("N81001", EpraccurRow.Status.ACTIVE, Optional.empty()),
                tuple("N81002", EpraccurRow.Status.CLOSED, Optional.of(SkipReason.CLOSED)),
                tuple("N81003", EpraccurRow.Status.DORMANT, Optional.of(SkipReason.CLOSED)),
                tuple("N81004", EpraccurRow.Status.PROPOSED, Optional.of(SkipReason.CLOSED)),
                tuple("N81005", EpraccurRow.Status.ACTIVE, Optional.of(SkipReason.NOT_A_GP_PRACTICE)),
                tuple("N81006", EpraccurRow.Status.ACTIVE, Optional.empty()));
        assertThat(rows.get(1).closeDate()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void accepts_the_older_single_letter_statuses() {
        List<EpraccurRow> rows = readAll(EpraccurReader::read, String.join("\n",
                row("N81001", "A", "4", ""), row("N81002", "C", "4", "20200630"),
                row("N81003", "D", "4", ""), row("N81004", "P", "4", "")));

        assertThat(rows).extracting(EpraccurRow::status).containsExactly(EpraccurRow.Status.ACTIVE,
                EpraccurRow.Status.CLOSED, EpraccurRow.Status.DORMANT, EpraccurRow.Status.PROPOSED);
    }

    @Test
    void codes_are_trimmed_and_upper_cased() {
        List<EpraccurRow> rows = readAll(EpraccurReader::read, row(" n81001 ", "A", "4", ""));

        assertThat(rows).extracting(EpraccurRow::code).containsExactly("N81001");
    }

    @Test
    void skips_a_utf8_byte_order_mark() {
        List<EpraccurRow> rows = readAll(EpraccurReader::read, "\uFEFF" + row("N81001", "A", "4", ""));

        assertThat(rows).extracting(EpraccurRow::code).containsExactly("N81001");
    }

    @Test
    void reads_crlf_and_lf_line_endings_alike_and_ignores_blank_lines() {
        List<EpraccurRow> rows = readAll(EpraccurReader::read,
                row("N81001", "A", "4", "") + "\r\n" + row("N81002", "A", "4", "") + "\n\r\n"
                        + row("N81003", "A", "4", "") + "\r\n");

        assertThat(rows).extracting(EpraccurRow::code).containsExactly("N81001", "N81002", "N81003");
    }

    @Test
    void a_truncated_row_is_a_format_error_naming_its_line() {
        String text = row("N81001", "A", "4", "") + "\r\n" + row("N81002", "A", "4", "") + "\r\n"
                + "\"N81003\",\"SHORT\",\"Y62\",\"QYG\",\"X\"\r\n";

        assertThatThrownBy(() -> readAll(EpraccurReader::read, text))
                .isInstanceOfSatisfying(OdsFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(OdsFile.EPRACCUR);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail()).isEqualTo("expected 27 columns, found 5");
                    assertThat(e.getMessage()).isEqualTo("epraccur: line 3: expected 27 columns, found 5");
                });
    }

    @Test
    void blank_lines_still_count_in_the_line_number() {
        String text = row("N81001", "A", "4", "") + "\n\n\"N81003\",\"SHORT\"\n";

        assertFormatError(text, 3, "expected 27 columns, found 2");
    }

    @Test
    void a_row_with_too_many_columns_is_a_format_error() {
        assertFormatError(row("N81001", "A", "4", "") + ",\"EXTRA\"", 1, "expected 27 columns, found 28");
    }

    @Test
    void an_empty_code_is_a_format_error() {
        assertFormatError(row("  ", "A", "4", ""), 1, "empty code in column 1 (organisation code)");
    }

    @Test
    void an_invalid_code_is_a_format_error() {
        assertFormatError(row("N8100!", "A", "4", ""), 1, "invalid ODS code 'N8100!' in column 1 (organisation code)");
    }

    @Test
    void an_unknown_status_is_a_format_error() {
        assertFormatError(row("N81001", "X", "4", ""), 1, "unknown status 'X' in column 13 (status code)");
    }

    @Test
    void a_bad_close_date_is_a_format_error() {
        assertFormatError(row("N81001", "C", "4", "20210231"), 1, "bad date '20210231' in column 12 (close date)");
    }

    @Test
    void malformed_quoting_is_a_format_error_naming_the_line() {
        String broken = row("N81002", "A", "4", "").replace("\"N81002\"", "\"N81002\"x");
        String text = row("N81001", "A", "4", "") + "\n" + broken;

        assertThatThrownBy(() -> readAll(EpraccurReader::read, text))
                .isInstanceOfSatisfying(OdsFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).startsWith("malformed CSV");
                });
    }

    @Test
    void an_unterminated_quote_is_a_format_error_naming_the_line_it_opens_on() {
        String text = row("N81001", "A", "4", "") + "\n\"N81002\",\"NEVER CLOSED\n" + row("N81003", "A", "4", "");

        // The open quote swallows the rest of the file; the error names where the broken record starts.
        assertThatThrownBy(() -> readAll(EpraccurReader::read, text))
                .isInstanceOfSatisfying(OdsFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void bytes_that_are_not_utf8_are_a_format_error() {
        byte[] windows1252 = row("N81001", "A", "4", "").replace("PRACTICE N81001", "CAF\u00C9")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readAll(EpraccurReader::read, new ByteArrayInputStream(windows1252)))
                .isInstanceOfSatisfying(OdsFormatException.class,
                        e -> assertThat(e.detail()).startsWith("input is not UTF-8"));
    }

    @Test
    void an_empty_file_has_no_rows() {
        assertThat(readAll(EpraccurReader::read, "")).isEmpty();
    }

    // ---- streaming and stream ownership ----

    @Test
    void streams_rows_before_the_input_has_been_read_to_its_end() throws IOException {
        int rowCount = 17_000; // about a whole-England epraccur
        CountingStream in = new CountingStream(generatedRows(rowCount));
        AtomicInteger seen = new AtomicInteger();
        AtomicLong bytesReadAtFirstRow = new AtomicLong(-1);

        EpraccurReader.read(in, row -> {
            if (seen.getAndIncrement() == 0) {
                bytesReadAtFirstRow.set(in.bytesRead);
            }
        });

        assertThat(seen).hasValue(rowCount);
        assertThat(bytesReadAtFirstRow.get()).isPositive().isLessThan(in.bytesRead / 20);
    }

    @Test
    void leaves_the_callers_stream_open() throws IOException {
        CountingStream in = new CountingStream(OdsTestFiles.utf8(row("N81001", "A", "4", "")));

        EpraccurReader.read(in, row -> { });

        assertThat(in.closed).isFalse();
    }

    @Test
    void exceptions_from_the_sink_pass_through_unchanged() {
        IllegalStateException fromSink = new IllegalStateException("sink refused");

        assertThatThrownBy(() -> EpraccurReader.read(OdsTestFiles.utf8(row("N81001", "A", "4", "")), row -> {
            throw fromSink;
        })).isSameAs(fromSink);
    }

    @Test
    void a_failing_stream_is_an_io_exception_not_a_format_error() {
        IOException failure = new IOException("disk gone");
        InputStream failing = new SequenceInputStream(OdsTestFiles.utf8(row("N81001", "A", "4", "") + "\n"),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw failure;
                    }
                });

        assertThatThrownBy(() -> EpraccurReader.read(failing, row -> { })).isSameAs(failure);
    }

    // ---- helpers ----

    private static void assertFormatError(String text, int line, String detail) {
        assertThatThrownBy(() -> readAll(EpraccurReader::read, text))
                .isInstanceOfSatisfying(OdsFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(OdsFile.EPRACCUR);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }

    /** Columns of a raw epraccur line: every field is quoted, so splitting on "," is enough for the tests. */
    private static String[] raw(String line) {
        return line.substring(1, line.length() - 1).split("\",\"", -1);
    }

    /** A 27-column epraccur row with the given code, status (col 13), setting (col 26) and close date (col 12). */
    static String row(String code, String status, String setting, String closeDate) {
        List<String> columns = new ArrayList<>(Collections.nCopies(27, ""));
        columns.set(0, code);
        columns.set(1, "PRACTICE " + code.strip());
        columns.set(9, "CW1 4QJ");
        columns.set(10, "19740401");
        columns.set(11, closeDate);
        columns.set(12, status);
        columns.set(14, "27D");
        columns.set(25, setting);
        return columns.stream().map(value -> '"' + value + '"').collect(Collectors.joining(","));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static InputStream generatedRows(int count) {
        return new InputStream() {
            private int next;
            private byte[] current = new byte[0];
            private int position;

            @Override
            public int read() {
                if (position == current.length) {
                    if (next == count) {
                        return -1;
                    }
                    current = (row(String.format("G%05d", next++), "A", "4", "") + "\r\n")
                            .getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                return current[position++] & 0xFF;
            }
        };
    }

    /** Counts bytes handed out and records whether anyone closed it. */
    private static final class CountingStream extends FilterInputStream {
        long bytesRead;
        boolean closed;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
