package org.mandateledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785's own examples: its sample document (section 3.2.2), its sorting example (3.2.3) and its number table (appendix B). */
class CanonicalJsonTest {

    @Test
    void the_rfc_sample_document_is_canonicalized_as_the_rfc_shows() {
        String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n  \"literals\": [null, true, false]\n}";

        String canonical = CanonicalJson.text(CanonicalJson.parse(input));

        assertThat(canonical).isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void members_are_sorted_by_utf16_code_units() {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\",\"1\":\"One\","
                + "\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";

        String canonical = CanonicalJson.text(CanonicalJson.parse(input));

        assertThat(canonical).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @ParameterizedTest
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2",
    })
    void numbers_are_written_as_ecmascript_writes_them(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));

        assertThat(CanonicalJson.number(value)).isEqualTo(expected);
    }

    @Test
    void decimals_in_the_text_keep_their_value_not_their_spelling() {
        assertThat(CanonicalJson.text(CanonicalJson.parse("[0.50, 5E-1, 1.0, 100, 1e2, 0.4]"))).isEqualTo("[0.5,0.5,1,100,100,0.4]");
    }

    @Test
    void a_number_that_is_not_exactly_a_double_is_refused_rather_than_rounded() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalJson.exactBytes(CanonicalJson.parse("[0.50000000000000001]")))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalJson.exactBytes(CanonicalJson.parse("[9007199254740993]")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new String(CanonicalJson.exactBytes(CanonicalJson.parse("[9007199254740992, 0.1, 0.4]")), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("[9007199254740992,0.1,0.4]");
    }
}
