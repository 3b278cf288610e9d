package org.mandateledger.api.ods;

/**
 * Where a value sits in a record: its 0-based index and how error messages name it
 * (e.g. {@code "column 12 (close date)"} or {@code "column EXTRACT_DATE"}).
 */
record Column(int index, String description) {

    /** A column of a headerless file, known by its 1-based position in the published specification. */
    static Column numbered(int position, String meaning) {
        return new Column(position - 1, "column " + position + " (" + meaning + ")");
    }

    /** A column of a file with a header row, known by its header name. */
    static Column named(int index, String name) {
        return new Column(index, "column " + name);
    }
}
