package org.mandateledger.verify;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Canonicalization Scheme (RFC 8785): object members sorted by their names' UTF-16 code
 * units, no insignificant white space, strings escaped as ECMAScript's {@code JSON.stringify} does,
 * and numbers as IEEE 754 doubles written as ECMAScript's {@code Number.prototype.toString} writes
 * them. Equal JSON values give equal bytes, whoever wrote them and however.
 */
public final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CanonicalJson() {
    }

    /** Parses JSON text, keeping every number's decimal digits until it is canonicalized. */
    public static JsonNode parse(byte[] json) {
        return JSON.readTree(json);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** The canonical UTF-8 bytes of a JSON value; numbers are rounded to doubles as RFC 8785 says. */
    public static byte[] bytes(JsonNode value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The canonical UTF-8 bytes of a JSON value whose numbers must each be exactly a double: what
     * the ledger seals, so that two stored values that differ never canonicalize alike.
     */
    public static byte[] exactBytes(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out, true);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String text(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out, false);
        return out.toString();
    }

    private static void write(JsonNode value, StringBuilder out, boolean exact) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.append("null");
        } else if (value.isBoolean()) {
            out.append(value.booleanValue() ? "true" : "false");
        } else if (value.isNumber()) {
            out.append(exact ? exactNumber(value.decimalValue()) : number(value.decimalValue().doubleValue()));
        } else if (value.isString()) {
            string(value.stringValue(), out);
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(value.get(i), out, exact);
            }
            out.append(']');
        } else if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(value.properties());
            // String.compareTo compares UTF-16 code units, as RFC 8785 section 3.2.3 asks.
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(members.get(i).getKey(), out);
                out.append(':');
                write(members.get(i).getValue(), out, exact);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getNodeType());
        }
    }

    /**
     * A number as RFC 8785 writes it, refused if it is not exactly the double it is written as
     * (a long past 2^53, a decimal with more digits than a double holds): two stored values that
     * differ must never canonicalize alike.
     */
    static String exactNumber(BigDecimal value) {
        String written = number(value.doubleValue());
        if (new BigDecimal(written).compareTo(value) != 0) {
            throw new IllegalArgumentException("the number " + value.toPlainString() + " is not exactly an IEEE 754 double; canonical JSON cannot hold it");
        }
        return written;
    }

    /** A string as {@code JSON.stringify} writes it: quotes, backslash and control characters escaped, lone surrogates too. */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || loneSurrogate) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * A double as ECMAScript's {@code Number.prototype.toString} writes it: the fewest significant
     * digits that read back as the same double (the closest such, where several have as few), in
     * plain notation for exponents from -6 to 20 and scientific notation beyond.
     */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        if (d == 0) {
            return "0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal digits = shortest(Math.abs(d)).stripTrailingZeros();
        String s = digits.unscaledValue().toString();
        int k = s.length();
        int n = k - digits.scale();
        StringBuilder out = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            out.append(s).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(s, 0, n).append('.').append(s, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(s);
        } else {
            int exponent = n - 1;
            out.append(s.charAt(0));
            if (k > 1) {
                out.append('.').append(s, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            BigDecimal step = rounded.ulp();
            BigDecimal best = null;
            for (BigDecimal candidate : List.of(rounded, rounded.subtract(step), rounded.add(step))) {
                if (candidate.signum() > 0 && candidate.doubleValue() == d
                        && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact;
    }
}
