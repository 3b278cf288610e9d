package org.mandateledger.api.ods;

/**
 * The one exception for content that does not match its published format: a short row, a bad date or
 * number, an invalid ODS code, a missing column, malformed CSV quoting or bytes that are not UTF-8.
 *
 * <p>The message reads {@code "<file>: line <n>: <detail>"}, e.g.
 * {@code "epraccur: line 3: expected 27 columns, found 5"}. Lines are 1-based physical lines of the input
 * (a blank line counts, a BOM does not), and name the line on which the offending record starts.
 */
public final class OdsFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OdsFile file;
    private final int line;
    private final String detail;

    public OdsFormatException(OdsFile file, int line, String detail) {
        this(file, line, detail, null);
    }

    public OdsFormatException(OdsFile file, int line, String detail, Throwable cause) {
        super(file.label() + ": line " + line + ": " + detail, cause);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    /** Which kind of file was being read. */
    public OdsFile file() {
        return file;
    }

    /** 1-based line on which the offending record (or the header) starts. */
    public int line() {
        return line;
    }

    /** The human part of the message, without file and line, e.g. {@code "missing column NUMBER_OF_PATIENTS"}. */
    public String detail() {
        return detail;
    }
}
