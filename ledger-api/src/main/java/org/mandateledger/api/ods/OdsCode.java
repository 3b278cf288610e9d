package org.mandateledger.api.ods;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The shape of an ODS organisation code (practice, PCN, sub-ICB location...). */
final class OdsCode {

    /** Valid codes are 3 to 20 upper-case letters, digits or hyphens, not starting with a hyphen. */
    private static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");

    private OdsCode() {
    }

    /** The code trimmed and upper-cased if it then has the valid form; empty otherwise (including blank input). */
    static Optional<String> normalise(String raw) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return VALID.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
