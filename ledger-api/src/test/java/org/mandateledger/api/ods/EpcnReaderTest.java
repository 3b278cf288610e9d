package org.mandateledger.api.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandateledger.api.ods.OdsTestFiles.cheshire;
import static org.mandateledger.api.ods.OdsTestFiles.cheshireLines;
import static org.mandateledger.api.ods.OdsTestFiles.readAll;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpcnReaderTest {

    private static final String FILE = "epcn-core-partners.csv";

    private static final String HEADER = "Partner Organisation Code,Partner Name,PCN Code,PCN Name,"
            + "Practice to PCN Relationship Start Date,Practice to PCN Relationship End Date";

    // ---- the real Cheshire (27D) sheet ----

    @Test
    void reads_every_relationship_row_including_ended_ones() {
        List<PcnRelationship> rows = readAll(EpcnReader::read, cheshire(FILE));

        int dataLines = cheshireLines(FILE).size() - 1;
        assertThat(rows).hasSize(dataLines).hasSize(83);
        assertThat(rows).filteredOn(row -> row.end() != null).hasSize(4);
    }

    @Test
    void reads_pcn_names_with_quoted_commas() {
        PcnRelationship kenmore = relationshipOf("N81002");

        assertThat(kenmore).isEqualTo(new PcnRelationship("N81002", "KENMORE MEDICAL CENTRE", "U31094",
                "CHAW (CHELFORD, HANDFORTH, ALDERLEY EDGE, WILMSLOW) PCN", LocalDate.of(2019, 10, 1), null));
    }

    @Test
    void reads_the_end_date_of_an_ended_relationship() {
        PcnRelationship toftRoad = relationshipOf("N81026");

        assertThat(toftRoad.pcnCode()).isEqualTo("U06000");
        assertThat(toftRoad.end()).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    // ---- synthetic inputs ----

    @Test
    void trims_header_names_and_finds_columns_by_name_in_any_order() {
        String text = "PCN Name ,Extra, Practice to PCN Relationship End Date,PCN Code,Partner Name,"
                + "Practice to PCN Relationship Start Date  ,Partner Organisation Code \r\n"
                + "\"A, B PCN\",x,,U00001,SURGERY,20230401,n81001\r\n";

        assertThat(readAll(EpcnReader::read, text)).containsExactly(new PcnRelationship(
                "N81001", "SURGERY", "U00001", "A, B PCN", LocalDate.of(2023, 4, 1), null));
    }

    @Test
    void skips_a_utf8_byte_order_mark_before_the_header() {
        String text = "\uFEFF" + HEADER + "\nN81001,SURGERY,U00001,A PCN,20230401,\n";

        assertThat(readAll(EpcnReader::read, text)).extracting(PcnRelationship::practiceCode)
                .containsExactly("N81001");
    }

    @Test
    void a_missing_column_is_a_format_error_naming_it() {
        String text = "Partner Organisation Code,Partner Name,PCN Code,"
                + "Practice to PCN Relationship Start Date,Practice to PCN Relationship End Date\n";

        assertFormatError(text, 1, "missing column PCN Name");
    }

    @Test
    void an_empty_file_is_a_format_error() {
        assertFormatError("", 1, "empty file: expected a header row");
    }

    @Test
    void a_row_shorter_than_the_header_is_a_format_error_naming_its_line() {
        String text = HEADER + "\nN81001,SURGERY,U00001,A PCN,20230401,\nN81002,SURGERY\n";

        assertFormatError(text, 3, "expected 6 columns, found 2");
    }

    @Test
    void a_missing_start_date_is_a_format_error() {
        assertFormatError(HEADER + "\nN81001,SURGERY,U00001,A PCN,,\n", 2,
                "missing date in column Practice to PCN Relationship Start Date");
    }

    @Test
    void a_bad_end_date_is_a_format_error() {
        assertFormatError(HEADER + "\nN81001,SURGERY,U00001,A PCN,20230401,2024-03-31\n", 2,
                "bad date '2024-03-31' in column Practice to PCN Relationship End Date");
    }

    @Test
    void an_end_before_the_start_is_a_format_error() {
        assertFormatError(HEADER + "\nN81001,SURGERY,U00001,A PCN,20230401,20230331\n", 2,
                "relationship ends (20230331) before it starts (20230401)");
    }

    @Test
    void an_invalid_pcn_code_is_a_format_error() {
        assertFormatError(HEADER + "\nN81001,SURGERY,U0 001,A PCN,20230401,\n", 2,
                "invalid ODS code 'U0 001' in column PCN Code");
    }

    @Test
    void malformed_quoting_is_a_format_error() {
        String text = HEADER + "\nN81001,SURGERY,U00001,\"A, B\" PCN,20230401,\n";

        assertThatThrownBy(() -> readAll(EpcnReader::read, text))
                .isInstanceOfSatisfying(OdsFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(OdsFile.EPCN);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).startsWith("malformed CSV");
                });
    }

    // ---- helpers ----

    private static PcnRelationship relationshipOf(String practiceCode) {
        return readAll(EpcnReader::read, cheshire(FILE)).stream()
                .filter(row -> row.practiceCode().equals(practiceCode)).findFirst().orElseThrow();
    }

    private static void assertFormatError(String text, int line, String detail) {
        assertThatThrownBy(() -> readAll(EpcnReader::read, text))
                .isInstanceOfSatisfying(OdsFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(OdsFile.EPCN);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.detail()).isEqualTo(detail);
                    assertThat(e.getMessage()).isEqualTo("epcn: line " + line + ": " + detail);
                });
    }
}
