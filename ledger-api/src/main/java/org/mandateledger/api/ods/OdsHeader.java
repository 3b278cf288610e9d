package org.mandateledger.api.ods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header row of a CSV file, finding columns by name. Names are matched after trimming and ignoring
 * case, because published headers carry stray spaces (the ePCN sheet's last header ends in one).
 */
final class OdsHeader {

    private final OdsRecord record;
    private final List<String> names;

    private OdsHeader(OdsRecord record, List<String> names) {
        this.record = record;
        this.names = names;
    }

    static OdsHeader of(OdsRecord record) {
        List<String> names = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            names.add(comparable(record.text(i)));
        }
        return new OdsHeader(record, List.copyOf(names));
    }

    int size() {
        return names.size();
    }

    /** The column with this name; it must appear exactly once. */
    Column require(String name) {
        return find(name).orElseThrow(() -> record.error("missing column " + name));
    }

    /** The column with the current name, else the one with the older name (e.g. SUB_ICB_LOCATION_CODE, CCG_CODE). */
    Column requireEither(String name, String olderName) {
        return find(name).or(() -> find(olderName))
                .orElseThrow(() -> record.error("missing column " + name + " (or the older " + olderName + ")"));
    }

    private Optional<Column> find(String name) {
        String wanted = comparable(name);
        int index = names.indexOf(wanted);
        if (index < 0) {
            return Optional.empty();
        }
        if (names.lastIndexOf(wanted) != index) {
            throw record.error("column " + name + " appears more than once in the header");
        }
        return Optional.of(Column.named(index, name));
    }

    private static String comparable(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }
}
