package org.mandateledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The run's figures, one line each, appended as they are measured: the size asked for, the events in
 * the ledger when measured, the metric, its value, and for a throughput its ten-second windows (the
 * spread). A resumed run reads them back and measures only what is missing.
 */
final class Results {

    record Row(long size, long events, String metric, double value, List<Double> windows) {
    }

    private final Path file;
    private final List<Row> rows = new ArrayList<>();

    private Results(Path file) {
        this.file = file;
    }

    static Results open(Path file) throws IOException {
        Results results = new Results(file);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("size\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<Double> windows = new ArrayList<>();
                if (f.length > 4 && !f[4].isEmpty()) {
                    for (String w : f[4].split(",")) {
                        windows.add(Double.parseDouble(w));
                    }
                }
                results.rows.add(new Row(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], Double.parseDouble(f[3]), windows));
            }
        } else {
            Files.writeString(file, "size\tevents\tmetric\tvalue\twindows\n", StandardCharsets.UTF_8);
        }
        return results;
    }

    synchronized boolean has(long size, String metric) {
        return rows.stream().anyMatch(r -> r.size() == size && r.metric().equals(metric));
    }

    void add(long size, long events, String metric, double value) throws IOException {
        add(size, events, metric, value, List.of());
    }

    synchronized void add(long size, long events, String metric, double value, List<Double> windows) throws IOException {
        Row row = new Row(size, events, metric, value, List.copyOf(windows));
        rows.add(row);
        String line = String.format(Locale.ROOT, "%d\t%d\t%s\t%.4f", size, events, metric, value)
                + (windows.isEmpty() ? "" : "\t" + windows.stream().map(w -> String.format(Locale.ROOT, "%.2f", w)).collect(Collectors.joining(",")))
                + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }
}
