package org.mandateledger.api.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandateledger.api.ods.OdsTestFiles.cheshire;
import static org.mandateledger.api.ods.OdsTestFiles.cheshireLines;
import static org.mandateledger.api.ods.OdsTestFiles.readAll;

import java.time.LocalDate;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListSizeReaderTest {

    private static final String FILE = "gp-reg-pat-prac-all.csv";

    private static final String HEADER_2026 = "PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,"
            + "ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS";

    // ---- the real Cheshire (27D) file ----

    @Test
    void reads_the_cheshire_list_sizes() {
        List<ListSize> sizes = readAll(ListSizeReader::read, cheshire(FILE));

        IntSummaryStatistics stats = sizes.stream().mapToInt(ListSize::registeredPatients).summaryStatistics();
        // Independently: NUMBER_OF_PATIENTS is the last field of each raw line (no quoted commas in this file).
        IntSummaryStatistics raw = cheshireLines(FILE).stream().skip(1)
                .mapToInt(line -> Integer.parseInt(line.substring(line.lastIndexOf(',') + 1))).summaryStatistics();
        assertThat(stats.getCount()).isEqualTo(raw.getCount()).isEqualTo(79);
        assertThat(stats.getSum()).isEqualTo(raw.getSum()).isEqualTo(824_621);
        assertThat(stats.getMin()).isEqualTo(raw.getMin()).isEqualTo(3);
        assertThat(stats.getMax()).isEqualTo(raw.getMax()).isEqualTo(33_841);
    }

    @Test
    void every_cheshire_size_has_the_april_2026_extract_date() {
        List<ListSize> sizes = readAll(ListSizeReader::read, cheshire(FILE));

        assertThat(sizes).extracting(ListSize::extractDate).containsOnly(LocalDate.of(2026, 4, 1));
        assertThat(sizes).contains(new ListSize("N81022", 33_841, LocalDate.of(2026, 4, 1)),
                new ListSize("Y02045", 3, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void lists_the_same_practices_as_the_active_gp_practices_of_epraccur() {
        List<String> sizes = readAll(ListSizeReader::read, cheshire(FILE)).stream()
                .map(ListSize::practiceCode).sorted().collect(Collectors.toList());
        List<String> active = readAll(EpraccurReader::read, cheshire("epraccur.csv")).stream()
                .filter(EpraccurRow::isActiveGpPractice).map(EpraccurRow::code).sorted().collect(Collectors.toList());

        assertThat(sizes).isEqualTo(active);
    }

    // ---- synthetic inputs ----

    @Test
    void keeps_only_the_all_sexes_all_ages_rows() {
        String text = HEADER_2026 + "\n"
                + line("N81001", "MALE", "ALL", "2400") + "\n"
                + line("N81001", "ALL", "0_4", "300") + "\n"
                + line("N81001", "ALL", "ALL", "5051") + "\n"
                + line("N81001", "FEMALE", "95+", "not checked") + "\n";

        assertThat(readAll(ListSizeReader::read, text))
                .containsExactly(new ListSize("N81001", 5051, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void accepts_the_older_CCG_CODE_header() {
        String text = "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\r\n"
                + "GP_PRAC_PAT_LIST,01APR2024,GP,02F,E38000034,N81001,CW3 0AH,ALL,ALL,4980\r\n";

        assertThat(readAll(ListSizeReader::read, text))
                .containsExactly(new ListSize("N81001", 4980, LocalDate.of(2024, 4, 1)));
    }

    @Test
    void refuses_a_header_with_neither_location_column() {
        String text = "PUBLICATION,EXTRACT_DATE,TYPE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\n"
                + "GP_PRAC_PAT_LIST,2026-04-01,GP,N81001,CW3 0AH,ALL,ALL,5051\n";

        assertFormatError(text, 1, "missing column SUB_ICB_LOCATION_CODE (or the older CCG_CODE)");
    }

    @Test
    void refuses_a_header_without_NUMBER_OF_PATIENTS() {
        assertFormatError(HEADER_2026.replace(",NUMBER_OF_PATIENTS", ",PATIENTS") + "\n", 1,
                "missing column NUMBER_OF_PATIENTS");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-04-01", "01APR2024", "01Apr2024", "01apr2024", "01-Apr-2024", "01-APR-24", "01-Apr-24"})
    void accepts_iso_and_month_name_extract_dates(String extractDate) {
        String text = HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", "5051").replace("2026-04-01", extractDate);

        assertThat(readAll(ListSizeReader::read, text)).extracting(ListSize::extractDate)
                .containsExactly(LocalDate.of(2024, 4, 1));
    }

    @Test
    void accepts_september_as_sep() {
        String text = HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", "5051").replace("2026-04-01", "01SEP2025");

        assertThat(readAll(ListSizeReader::read, text)).extracting(ListSize::extractDate)
                .containsExactly(LocalDate.of(2025, 9, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "01XYZ2024", "2026/04/01", "1APR2024"})
    void a_bad_extract_date_is_a_format_error_naming_the_column(String extractDate) {
        String text = HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", "5051") + "\n"
                + line("N81002", "ALL", "ALL", "12008").replace("2026-04-01", extractDate) + "\n";

        assertFormatError(text, 3, "bad date '" + extractDate + "' in column EXTRACT_DATE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1899-12-31", "01-Jan-0001", "+10000-01-01", "+999999999-12-31"})
    void an_extract_date_outside_the_years_the_ledger_holds_is_a_format_error(String extractDate) {
        // The list size's date is recorded as it is; the API refuses such years, and so must the import.
        String text = HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", "5051").replace("2026-04-01", extractDate) + "\n";

        assertFormatError(text, 2, "date '" + extractDate + "' in column EXTRACT_DATE is outside the years 1900 to 9999");
    }

    @Test
    void the_first_and_last_years_the_ledger_holds_are_extract_dates() {
        String text = HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", "5051").replace("2026-04-01", "1900-01-01") + "\n"
                + line("N81002", "ALL", "ALL", "5051").replace("2026-04-01", "9999-12-31") + "\n";

        assertThat(readAll(ListSizeReader::read, text)).extracting(ListSize::extractDate)
                .containsExactly(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "12a", "1,234", "12.0", "+7", "99999999999", "2147483648"})
    void a_bad_number_is_a_format_error(String patients) {
        String text = HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", '"' + patients + '"') + "\n";

        assertFormatError(text, 2, "bad number '" + patients
                + "' in column NUMBER_OF_PATIENTS (expected a whole number, 0 or more)");
    }

    @Test
    void an_empty_number_is_a_format_error() {
        assertFormatError(HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", ""), 2,
                "bad number '' in column NUMBER_OF_PATIENTS (expected a whole number, 0 or more)");
    }

    @Test
    void zero_patients_is_a_valid_list_size() {
        assertThat(readAll(ListSizeReader::read, HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", "0")))
                .extracting(ListSize::registeredPatients).containsExactly(0);
    }

    @Test
    void an_invalid_code_is_a_format_error() {
        assertFormatError(HEADER_2026 + "\n" + line("N8", "ALL", "ALL", "5051"), 2,
                "invalid ODS code 'N8' in column CODE");
    }

    @Test
    void skips_a_utf8_byte_order_mark_before_the_header() {
        // CODE first, so a BOM left in place would hide the CODE column.
        String text = "\uFEFFCODE,SUB_ICB_LOCATION_CODE,EXTRACT_DATE,SEX,AGE,NUMBER_OF_PATIENTS\r\n"
                + "N81001,27D,2026-04-01,ALL,ALL,5051\r\n";

        assertThat(readAll(ListSizeReader::read, text))
                .containsExactly(new ListSize("N81001", 5051, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void malformed_quoting_is_a_format_error() {
        String text = HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", "\"5051") + "\n";

        assertThatThrownBy(() -> readAll(ListSizeReader::read, text))
                .isInstanceOfSatisfying(OdsFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(OdsFile.LIST_SIZES);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).startsWith("malformed CSV");
                });
    }

    @Test
    void a_short_row_is_a_format_error_naming_its_line() {
        assertFormatError(HEADER_2026 + "\n" + line("N81001", "ALL", "ALL", "5051") + "\nGP_PRAC_PAT_LIST,2026-04-01\n",
                3, "expected 10 columns, found 2");
    }

    // ---- helpers ----

    /** A 2026-form data line; {@code patients} is written as given (already quoted if the test wants). */
    private static String line(String code, String sex, String age, String patients) {
        return String.join(",", "GP_PRAC_PAT_LIST", "2026-04-01", "GP", "27D", "E38000233", code, "CW3 0AH",
                sex, age, patients);
    }

    private static void assertFormatError(String text, int line, String detail) {
        assertThatThrownBy(() -> readAll(ListSizeReader::read, text))
                .isInstanceOfSatisfying(OdsFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(OdsFile.LIST_SIZES);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.detail()).isEqualTo(detail);
                    assertThat(e.getMessage()).isEqualTo("listSizes: line " + line + ": " + detail);
                });
    }
}
