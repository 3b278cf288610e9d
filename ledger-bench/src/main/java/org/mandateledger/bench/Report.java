package org.mandateledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes what a run measured: {@code summary.md} (every figure at every size, the ratio to its raw
 * baseline, the spread of the throughputs) and one SVG chart per figure against the ledger's size.
 */
final class Report {

    /** A figure the report shows: its metric, what it is called, its unit, and the raw figure it is a ratio to (if any). */
    record Figure(String metric, String title, String unit, String baseline) {
    }

    static final List<Figure> FIGURES = List.of(
            new Figure("commands_per_s.many", "commands/s, the domain's mix, at the run's clients", "commands/s", "raw.commands_per_s.many"),
            new Figure("commands_per_s.1", "commands/s, the domain's mix, one client", "commands/s", "raw.commands_per_s.1"),
            new Figure("replay.events_per_s", "replay, events/s", "events/s", "raw.read_rows_per_s"),
            new Figure("start.seconds", "cold start to a correct first answer", "s", null),
            new Figure("reads.p99_ms", "speaking rights and coverage at 200 reads/s beside ~20 commands/s, p99", "ms", null),
            new Figure("reads.p50_ms", "the same, p50", "ms", null),
            new Figure("file.bytes_per_event", "H2 file per event, running", "bytes", null),
            new Figure("file.bytes_per_event.after_clean_stop", "H2 file per event, after a clean stop", "bytes", null));

    private Report() {
    }

    static void write(List<Results.Row> rows, Path work, PrintStream out) throws IOException {
        StringBuilder md = new StringBuilder("# Bench: a synthetic England through the REST API\n\n");
        Optional<Results.Row> emptyStart = rows.stream().filter(r -> r.size() == 0 && r.metric().equals("start.seconds")).findFirst();
        emptyStart.ifPresent(r -> md.append(String.format(Locale.ROOT, "Cold start on an empty ledger: %.1f s.%n%n", r.value())));
        rows.stream().filter(r -> r.metric().equals("clients")).findFirst()
                .ifPresent(r -> md.append(String.format(Locale.ROOT, "The run's clients: %.0f.%n%n", r.value())));
        md.append("| figure | ledger events | value | spread (10 s windows) | raw baseline | ratio |\n|---|---|---|---|---|---|\n");
        Path charts = work.resolve("charts");
        Files.createDirectories(charts);
        for (Figure figure : FIGURES) {
            TreeMap<Long, Double> series = new TreeMap<>();
            // A size measured again after a run stopped part-way has its last measurement counted.
            TreeMap<Long, Results.Row> bySize = new TreeMap<>();
            for (Results.Row row : rows) {
                if (row.size() != 0 && row.metric().equals(figure.metric())) {
                    bySize.put(row.size(), row);
                }
            }
            for (Results.Row row : bySize.values()) {
                series.put(row.events(), row.value());
                String spread = row.windows().isEmpty() ? "" : String.format(Locale.ROOT, "%.1f to %.1f",
                        row.windows().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                        row.windows().stream().mapToDouble(Double::doubleValue).max().orElse(0));
                Optional<Double> raw = baseline(rows, figure.baseline(), row.size());
                md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f %s | %s | %s | %s |%n", figure.title(), row.events(), row.value(), figure.unit(),
                        spread, raw.map(v -> String.format(Locale.ROOT, "%.0f", v)).orElse(""),
                        raw.map(v -> String.format(Locale.ROOT, "%.3f", row.value() / v)).orElse("")));
            }
            if (!series.isEmpty()) {
                Files.writeString(charts.resolve(figure.metric() + ".svg"), svg(figure, series), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(work.resolve("summary.md"), md.toString(), StandardCharsets.UTF_8);
        out.print(md);
        out.println("charts: " + charts);
    }

    /** The raw figure for a size: the sequential read measured at that size, or the command-shaped one measured once. */
    private static Optional<Double> baseline(List<Results.Row> rows, String metric, long size) {
        if (metric == null) {
            return Optional.empty();
        }
        // The last measurement: a size measured again pairs with its own raw read.
        return rows.stream().filter(r -> r.metric().equals(metric) && (r.size() == size || r.size() == 0)).map(Results.Row::value)
                .reduce((first, last) -> last);
    }

    /** A line chart of the figure against the ledger's events, drawn as plain SVG (no script). */
    static String svg(Figure figure, TreeMap<Long, Double> series) {
        int width = 640;
        int height = 360;
        int left = 70;
        int right = 20;
        int top = 40;
        int bottom = 50;
        double maxX = series.lastKey();
        double maxY = series.values().stream().mapToDouble(Double::doubleValue).max().orElse(1) * 1.15;
        if (maxY <= 0) {
            maxY = 1;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"Arial, sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"%s\">%n", width, height, width, height, escape(figure.title())));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", left, escape(figure.title())));
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#212b32\"/>%n", left, top + plotH, left + plotW, top + plotH));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#212b32\"/>%n", left, top, left, top + plotH));
        for (int i = 0; i <= 4; i++) {
            double y = maxY * i / 4;
            int py = top + plotH - (int) Math.round(plotH * i / 4.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d8dde0\"/>%n", left, py, left + plotW, py));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 6, py + 4, number(y)));
        }
        for (int i = 0; i <= 4; i++) {
            double x = maxX * i / 4;
            int px = left + (int) Math.round(plotW * i / 4.0);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, top + plotH + 18, number(x)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">events in the ledger</text>%n", left + plotW / 2, height - 8));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">%s</text>%n",
                top + plotH / 2, top + plotH / 2, escape(figure.unit())));
        List<String> points = new ArrayList<>();
        for (var point : series.entrySet()) {
            int px = left + (int) Math.round(plotW * point.getKey() / maxX);
            int py = top + plotH - (int) Math.round(plotH * point.getValue() / maxY);
            points.add(px + "," + py);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#005eb8\"><title>%,d events: %s %s</title></circle>%n",
                    px, py, point.getKey(), number(point.getValue()), escape(figure.unit())));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"#005eb8\" stroke-width=\"2\"/>%n", String.join(" ", points)));
        return svg.append("</svg>\n").toString();
    }

    private static String number(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", value / 1_000_000);
        }
        if (value >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", value / 1_000);
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
