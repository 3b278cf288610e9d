package org.mandateledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark harness: a synthetic England recorded through the REST API of the packaged service, and
 * the service measured as the ledger grows, each figure beside the raw database's. Seeded and
 * resumable: run it again on the same work folder and it carries on where it stopped, measuring only
 * the sizes not yet measured.
 *
 * <pre>
 * java -jar ledger-bench/target/ledger-bench-*-all.jar --service-jar ledger-api/target/ledger-api-*.jar \
 *      --work /tmp/england --sizes 20000,100000,1000000 [--scale 1] [--seed 17] [--clients 16] [--heap 2g]
 * </pre>
 *
 * At each size: commands/s of the domain's mix at {@code --clients} clients (the drive that grows the
 * ledger) and at one client; speaking rights and coverage read at 200/s beside about 20 commands/s;
 * the H2 file per event; a replay; a clean stop, the file after it and the raw sequential read of
 * the event table; a cold start to the first correct answer. Once per work folder: the raw
 * command-shaped JDBC figure at 1 client and at {@code --clients}, and the cold start on an empty ledger. Results go
 * to {@code results.tsv}; {@link Report} writes {@code summary.md} and the charts.
 */
public final class EnglandBench {

    private final Settings settings;
    private final Results results;
    private final PrintStream out;

    EnglandBench(Settings settings, PrintStream out) throws IOException {
        this.settings = settings;
        this.out = out;
        Files.createDirectories(settings.work());
        this.results = Results.open(settings.work().resolve("results.tsv"));
    }

    /** The run's settings, from the command line. */
    record Settings(Path serviceJar, Path work, List<Long> sizes, double scale, long seed, int clients, String heap, long meetingLeadSeconds,
                    double measureSeconds, double rawSeconds, Path shape) {

        static Settings parse(String... args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value pairs, found " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            if (args.length % 2 != 0 || !given.containsKey("service-jar") || !given.containsKey("work")) {
                throw new IllegalArgumentException("usage: --service-jar JAR --work FOLDER [--sizes 20000,100000] [--scale 1] [--seed 17]"
                        + " [--clients 16] [--heap 2g] [--meeting-lead 20] [--measure-seconds 20] [--raw-seconds 10] [--shape FOLDER]");
            }
            List<Long> sizes = new ArrayList<>();
            for (String size : given.getOrDefault("sizes", "20000").split(",")) {
                sizes.add(Long.parseLong(size.trim().replace("_", "")));
            }
            return new Settings(Path.of(given.get("service-jar")), Path.of(given.get("work")), List.copyOf(sizes),
                    Double.parseDouble(given.getOrDefault("scale", "1")), Long.parseLong(given.getOrDefault("seed", "17")),
                    Integer.parseInt(given.getOrDefault("clients", "16")), given.getOrDefault("heap", "2g"),
                    Long.parseLong(given.getOrDefault("meeting-lead", "20")), Double.parseDouble(given.getOrDefault("measure-seconds", "20")),
                    Double.parseDouble(given.getOrDefault("raw-seconds", "10")),
                    Path.of(given.getOrDefault("shape", "ledger-api/src/main/resources/demo/cheshire-27d")));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new EnglandBench(settings, System.out).run();
    }

    void run() throws Exception {
        Path work = settings.work();
        SyntheticEngland england = SyntheticEngland.generate(settings.seed(), settings.scale(),
                SyntheticEngland.listSizes(settings.shape().resolve("gp-reg-pat-prac-all.csv")));
        england.writeOdsFiles(work.resolve("ods"));
        Map<String, String> passwords = writeUsers(england, work.resolve("users.json"));
        out.printf(Locale.ROOT, "England at scale %s: %d places, %d practices; seed %d; work folder %s%n", settings.scale(), england.places().size(),
                england.practices(), settings.seed(), work);
        String h2Settings = serviceH2Settings(settings.serviceJar());

        if (!results.has(0, "raw.commands_per_s.many")) {
            Path raw = work.resolve("raw");
            Files.createDirectories(raw);
            results.add(0, 0, "clients", settings.clients());
            for (int clients : new java.util.TreeSet<>(List.of(1, settings.clients()))) {
                double perSecond = RawDatabase.commands("jdbc:h2:file:" + raw.resolve("raw").toAbsolutePath() + h2Settings, clients,
                        settings.rawSeconds());
                if (clients == 1) {
                    results.add(0, 0, "raw.commands_per_s.1", perSecond);
                }
                if (clients == settings.clients()) {
                    results.add(0, 0, "raw.commands_per_s.many", perSecond);
                }
                out.printf(Locale.ROOT, "raw JDBC, command-shaped, %d clients: %.0f/s%n", clients, perSecond);
            }
        }

        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        boolean empty = !Files.exists(data);
        AtomicLong commands = new AtomicLong();
        try (Journal journal = Journal.open(work.resolve("journal.log"))) {
            ServiceProcess service = ServiceProcess.start(settings.serviceJar(), data, work.resolve("users.json"), log, settings.heap(), List.of());
            LedgerClient ledger = new LedgerClient(service.port(), passwords);
            double firstAnswer = service.awaitFirst(() -> ledger.probe("bench", "/api/v1/topics") == 200, 300, log);
            ledger.reached(head(ledger));
            if (empty) {
                results.add(0, 0, "start.seconds", firstAnswer);
                out.printf(Locale.ROOT, "cold start on an empty ledger: %.1f s to the first answer%n", firstAnswer);
            }
            try {
                prepare(england, ledger, journal);
                List<ConfederationStory> stories = new ArrayList<>();
                // The run's day, kept: a run resumed on another day dates its mandates and appointments as the first did.
                LocalDate today = LocalDate.parse(journal.step("setup/today", () -> ConfederationStory.today().toString()));
                for (int i = 0; i < england.places().size(); i++) {
                    stories.add(new ConfederationStory(i, england.places().get(i), settings.seed(), journal, ledger, today,
                            settings.meetingLeadSeconds(), commands));
                }
                Driver driver = new Driver(stories, ledger, commands, out);
                for (long size : settings.sizes()) {
                    if (results.has(size, "done")) {
                        out.printf(Locale.ROOT, "size %,d: measured in an earlier run%n", size);
                        continue;
                    }
                    service = measureAt(size, driver, ledger, service, stories, journal, passwords, data, log);
                }
            } finally {
                service.close();
            }
        }
        Report.write(results.rows(), work, out);
    }

    private ServiceProcess measureAt(long size, Driver driver, LedgerClient ledger, ServiceProcess service, List<ConfederationStory> stories,
                                     Journal journal, Map<String, String> passwords, Path data, Path log) throws Exception {
        Driver.Drive grow = driver.untilEvents(settings.clients(), size, String.format(Locale.ROOT, "to %,d:", size));
        long events = head(ledger);
        if (grow.commands() > 0) {
            // A size whose events an earlier, stopped run already recorded is measured again without a drive to grow it.
            results.add(size, events, "commands_per_s.many", grow.perSecond(), grow.windows());
        }
        Driver.Drive one = driver.forSeconds(1, settings.measureSeconds(), "1 client:");
        results.add(size, head(ledger), "commands_per_s.1", one.perSecond(), one.windows());

        ReadLoad.Latencies reads = ReadLoad.run(ledger, driver, stories, settings.measureSeconds(), 200, out);
        results.add(size, head(ledger), "reads.p50_ms", reads.p50());
        results.add(size, head(ledger), "reads.p99_ms", reads.p99());
        results.add(size, head(ledger), "reads.beside_commands_per_s", reads.commandsPerSecond());

        events = head(ledger);
        results.add(size, events, "file.bytes_per_event", fileBytes(data) / (double) events);

        double replay = replay(ledger, events);
        results.add(size, events, "replay.events_per_s", replay);
        out.printf(Locale.ROOT, "replay: %.0f events/s%n", replay);

        // The replay rewrote every read model: the file before the stop, and after it, tell what the stop's compaction did.
        results.add(size, events, "file.bytes_per_event.before_stop", fileBytes(data) / (double) events);
        if (!service.stop()) {
            results.add(size, events, "stop.forced", 1);
        }
        results.add(size, events, "file.bytes_per_event.after_clean_stop", fileBytes(data) / (double) events);
        double rawRead = RawDatabase.sequentialRead("jdbc:h2:file:" + data.resolve("ledger").toAbsolutePath() + serviceH2Settings(settings.serviceJar()),
                "ledger", "");
        results.add(size, events, "raw.read_rows_per_s", rawRead);

        ServiceProcess restarted = ServiceProcess.start(settings.serviceJar(), data, settings.work().resolve("users.json"), log, settings.heap(), List.of());
        LedgerClient again = new LedgerClient(restarted.port(), passwords);
        String slug = stories.get(0).slug();
        double start = restarted.awaitFirst(() -> again.probe("bench", "/api/v1/speaking-rights?confederation=" + slug + "&topic=access") == 200,
                600, log);
        results.add(size, events, "start.seconds", start);
        out.printf(Locale.ROOT, "size %,d: %,d events; cold start %.1f s%n", size, events, start);
        ledger.repoint(restarted.port());
        results.add(size, events, "briefs.late", journal.count(ConfederationStory.LATE));
        results.add(size, events, "done", 1);
        return restarted;
    }

    private static long head(LedgerClient ledger) {
        JsonNode progress = ledger.get("ops", "/api/v1/admin/replay").json();
        return progress.get("processors").get(0).get("head").asLong();
    }

    /**
     * Replays the read models and times it to the moment they are back at the head (the service reports the end of a replay on
     * its own cycle, up to 2 s later; that is not counted). A replay that does not end within an hour fails the run.
     */
    private double replay(LedgerClient ledger, long events) {
        long started = System.nanoTime();
        long deadline = started + 3_600_000_000_000L;
        ledger.write("ops", "POST", "/api/v1/admin/replay", null, null);
        boolean begun = false;
        while (true) {
            JsonNode processor = ledger.get("ops", "/api/v1/admin/replay").json().get("processors").get(0);
            long now = System.nanoTime();
            if (!processor.get("error").isNull()) {
                throw new IllegalStateException("the replay failed: " + processor.get("error"));
            }
            boolean atHead = processor.get("position").asLong() >= processor.get("head").asLong();
            begun |= !atHead;
            if (atHead && (begun || !processor.get("replaying").asBoolean())) {
                return events / ((now - started) / 1e9);
            }
            if (now > deadline) {
                throw new IllegalStateException("the replay did not end within an hour: " + processor);
            }
            LedgerClient.pause(50);
        }
    }

    /** The import of the NHS files, the national topics and every forum: once, before any story. */
    private void prepare(SyntheticEngland england, LedgerClient ledger, Journal journal) throws IOException {
        Path ods = settings.work().resolve("ods");
        journal.step("setup/import", () -> {
            out.printf(Locale.ROOT, "importing %,d practices...%n", england.practices());
            Map<String, byte[]> files = new LinkedHashMap<>();
            try {
                files.put("epraccur", Files.readAllBytes(ods.resolve("epraccur.csv")));
                files.put("epcn", Files.readAllBytes(ods.resolve("epcn-core-partners.csv")));
                files.put("listSizes", Files.readAllBytes(ods.resolve("gp-reg-pat-prac-all.csv")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            JsonNode answer = ledger.importOds("bench", files).json();
            if (answer.get("skipped").size() > 0) {
                throw new IllegalStateException("the import skipped rows of the synthetic files: " + answer.get("skipped"));
            }
            return String.valueOf(answer.get("registered").asInt());
        });
        for (String topic : ConfederationStory.TOPICS) {
            journal.step("setup/topic/" + topic, () -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("title", "Synthetic " + topic);
                if (topic.equals("urgent-care") || topic.equals("winter")) {
                    body.put("parent", "access");
                } else if (topic.equals("enhanced-services")) {
                    body.put("parent", "contracts");
                }
                ledger.write("bench", "PUT", "/api/v1/topics/" + topic, body, null);
                return "done";
            });
        }
        for (SyntheticEngland.Place place : england.places()) {
            journal.step("setup/forum/" + place.slug(), () -> {
                ledger.write("bench", "PUT", "/api/v1/forums/" + place.slug() + "-board", Map.of("name", place.name() + " board", "level", "PLACE"), null);
                return "done";
            });
        }
    }

    private static Map<String, String> writeUsers(SyntheticEngland england, Path file) throws IOException {
        Map<String, String> passwords = new LinkedHashMap<>();
        StringBuilder users = new StringBuilder("[{\"username\":\"bench\",\"password\":\"{noop}bench\",\"role\":\"SECRETARIAT\",\"confederation\":\"*\"},"
                + "{\"username\":\"ops\",\"password\":\"{noop}ops\",\"role\":\"ADMIN\",\"confederation\":\"*\"}");
        passwords.put("bench", "bench");
        passwords.put("ops", "ops");
        for (int i = 0; i < england.places().size(); i++) {
            for (int d = 0; d < ConfederationStory.DELEGATES; d++) {
                String login = ConfederationStory.delegateLogin(i, d);
                users.append(String.format(",{\"username\":\"%s\",\"password\":\"{noop}bench\",\"role\":\"DELEGATE\",\"confederation\":\"%s\",\"login\":\"%s\"}",
                        login, england.places().get(i).slug(), login));
                passwords.put(login, "bench");
            }
        }
        Files.writeString(file, users.append("]").toString(), StandardCharsets.UTF_8);
        return passwords;
    }

    /** The H2 URL settings of the service's embedded default (after the file name), read from the jar's application.properties. */
    static String serviceH2Settings(Path serviceJar) throws IOException {
        try (ZipFile jar = new ZipFile(serviceJar.toFile())) {
            var entry = jar.getEntry("BOOT-INF/classes/application.properties");
            if (entry == null) {
                throw new IllegalStateException(serviceJar + " has no BOOT-INF/classes/application.properties: not the service jar?");
            }
            Properties properties = new Properties();
            try (InputStream in = jar.getInputStream(entry)) {
                properties.load(in);
            }
            String url = properties.getProperty("spring.datasource.url");
            return url.substring(url.indexOf(';'));
        }
    }

    private static long fileBytes(Path data) throws IOException {
        Path file = data.resolve("ledger.mv.db");
        return Files.exists(file) ? Files.size(file) : 0;
    }
}
