package org.mandateledger.api.ods;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OdsCodeTest {

    @ParameterizedTest
    @CsvSource({"N81001,N81001", "' u31094 ',U31094", "27D,27D", "QYG,QYG", "LMC-CHESHIRE,LMC-CHESHIRE",
            "A2345678901234567890,A2345678901234567890"})
    void valid_codes_are_trimmed_and_upper_cased(String raw, String code) {
        assertThat(OdsCode.normalise(raw)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "N8", "-N81001", "N81 001", "N8100!", "A23456789012345678901", "N81001\u00C9"})
    void invalid_codes_are_refused(String raw) {
        assertThat(OdsCode.normalise(raw)).isEmpty();
    }
}
