package org.mandateledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The harness's smoke tier, run by every {@code ./mvnw verify} against the packaged service: a small
 * synthetic England recorded in the domain's mix through the REST API and measured at two sizes, then
 * stopped and resumed to a third size, the first two not measured again. The full runs (100k to
 * millions of events) are run by hand and written into docs/performance.md.
 */
class EnglandBenchIT {

    private static final List<String> EVERY_FIGURE = List.of("commands_per_s.many", "commands_per_s.1", "reads.p50_ms", "reads.p99_ms",
            "file.bytes_per_event", "replay.events_per_s", "file.bytes_per_event.after_clean_stop", "raw.read_rows_per_s", "start.seconds");

    @Test
    void a_small_england_is_recorded_measured_and_resumed() throws Exception {
        Path work = Path.of(System.getProperty("ledger.bench.work", "target/bench-it"));
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String jar = System.getProperty("ledger.bench.service-jar");
        String shape = System.getProperty("ledger.bench.shape");
        String[] common = {"--service-jar", jar, "--work", work.toString(), "--scale", "0.02", "--seed", "11", "--clients", "4",
                "--meeting-lead", "6", "--measure-seconds", "3", "--raw-seconds", "2", "--shape", shape, "--heap", "512m"};

        String first = run(common, "--sizes", "1000,2000");

        List<Results.Row> rows = Results.open(work.resolve("results.tsv")).rows();
        for (long size : List.of(1000L, 2000L)) {
            for (String figure : EVERY_FIGURE) {
                assertThat(rows).as(figure + " at " + size + "\n" + first)
                        .anyMatch(r -> r.size() == size && r.metric().equals(figure) && r.value() > 0 && r.events() >= size);
            }
        }
        assertThat(rows).anyMatch(r -> r.size() == 0 && r.metric().equals("raw.commands_per_s.many") && r.value() > 0);
        assertThat(rows).anyMatch(r -> r.size() == 0 && r.metric().equals("start.seconds") && r.value() > 0);
        long journalled = Files.readAllLines(work.resolve("journal.log")).size();

        String resumed = run(common, "--sizes", "1000,2000,2500");

        assertThat(resumed).contains("size 1,000: measured in an earlier run").contains("size 2,000: measured in an earlier run");
        List<Results.Row> after = Results.open(work.resolve("results.tsv")).rows();
        assertThat(after.stream().filter(r -> r.metric().equals("done"))).hasSize(3);
        assertThat(after).anyMatch(r -> r.size() == 2500 && r.metric().equals("replay.events_per_s") && r.events() >= 2500);
        assertThat(Files.readAllLines(work.resolve("journal.log")).size()).as("the journal carried on").isGreaterThan((int) journalled);
        assertThat(work.resolve("summary.md")).content().contains("replay, events/s").contains("cold start");
        String chart = Files.readString(work.resolve("charts/replay.events_per_s.svg"));
        assertThat(chart).startsWith("<svg").contains("<polyline");
        assertThat(chart.split("<circle", -1)).as("a point per size").hasSize(4);
    }

    private static String run(String[] common, String... more) throws Exception {
        String[] args = Stream.concat(Stream.of(common), Stream.of(more)).toArray(String[]::new);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new TeeStream(System.out, captured), true, StandardCharsets.UTF_8);
        new EnglandBench(EnglandBench.Settings.parse(args), both).run();
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Shows the harness's progress in the build's output as well as keeping it for the assertions. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
