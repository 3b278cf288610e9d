package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandateledger.verify.Checkpoint;
import org.mandateledger.verify.ExportVerifier;
import org.mandateledger.verify.LedgerExport;
import tools.jackson.databind.JsonNode;

/**
 * Two service processes on one PostgreSQL, as behind a load balancer, and one of them killed with
 * SIGKILL mid-load. Four clients write through both nodes (topics, organisations, admissions to one
 * confederation that both nodes write to at once, people), each write with an {@code Idempotency-Key},
 * and read each acknowledged write back through the <em>other</em> node with
 * {@code Ledger-Min-Position}. The node that started first holds the processors' segments (the read
 * models and the seal); it is killed at a seeded moment. A client whose write it cut off sends the
 * same request, with the same key, to the surviving node, as a client behind a load balancer would.
 * The surviving node claims the segments once the dead node's claim times out: the time from the kill
 * until it has handled a write made after the kill is the failover time, reported.
 *
 * <p>Then, on the surviving node: every acknowledged write is at its position and reads as written;
 * every write is in the ledger once (none doubled by a retry across nodes, none lost); every read
 * model answers exactly as after a replay; the ledger verifies, in the service and offline against
 * its latest signed checkpoint. The same request sent with one key to both nodes at once lands once.
 * Figures in {@code target/two-nodes-it/…/summary.txt}; {@code -Dledger.two-nodes.seed=…} replays the
 * kill delay.
 */
@Tag(DatabaseReport.POSTGRESQL)
class TwoNodesIT {

    private static final String WRITER = "registrar";
    private static final String ADMIN = "ops";
    private static final String CHAIR = "ledger-chair";
    private static final String CONF = "/api/v1/confederations/two-nodes";
    private static final int WRITERS = 4;
    private static final long KILL_AFTER_MIN_MS = 1_500;
    private static final long KILL_AFTER_MAX_MS = 4_000;
    /** Writing goes on this long past the failover, so the surviving node is seen taking writes on its own. */
    private static final Duration AFTER_FAILOVER = Duration.ofSeconds(3);
    private static final Duration FAILOVER_LIMIT = Duration.ofSeconds(60);
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final List<String> PROCESSORS = List.of("ledger", "ledger-seal");

    /** A write: its kind, method and path, body, the key it is sent under, and what the resource must then read. */
    private record Write(String kind, String method, String path, Map<String, Object> body, String key, String id,
                         Map<String, Object> expected) {

        LedgerHttp.Answer send(LedgerProcess node) {
            LedgerHttp http = node.http().withHeader("Idempotency-Key", key);
            return method.equals("PUT") ? http.put(WRITER, path, body) : http.post(WRITER, path, body);
        }
    }

    /** A write a node answered 2xx: which node, where it reads, its id, what it reads as, its position, when. */
    private record Ack(String node, Write write, String path, String id, Map<String, Object> expected, long position, long sentAt,
                       long at, boolean retried) {

        @Override
        public String toString() {
            return write.kind() + " " + id + " via " + node + (retried ? " (sent again after the kill)" : "") + " at " + position;
        }
    }

    @Test
    void two_nodes_on_postgresql_lose_and_double_nothing_when_one_is_killed_mid_load() throws Exception {
        long seed = Long.getLong("ledger.two-nodes.seed", new SecureRandom().nextLong());
        long killAfter = KILL_AFTER_MIN_MS + new Random(seed).nextLong(KILL_AFTER_MAX_MS - KILL_AFTER_MIN_MS + 1);
        Path run = Path.of("target/two-nodes-it").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(run);
        Path users = LedgerTestUsers.write(run);
        String database = TestPostgres.newDatabase("two_nodes");
        List<String> settings = List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                // One signing key for every node (docs/operating): each node seals when it holds the seal's segment.
                "--ledger.seal.key-file=" + run.resolve("ledger-signing-key.pem"), "--ledger.seal.checkpoint-every-events=20");
        List<String> summary = new ArrayList<>();
        report(summary, "seed %d (-Dledger.two-nodes.seed=%d replays the kill delay): kill %d ms after the first acknowledged write;"
                + " %d writers over two nodes; output in %s", seed, seed, killAfter, WRITERS, run);

        Path jar = LedgerProcess.jar();
        try (LedgerProcess first = LedgerProcess.start(jar, run.resolve("data-a"), users, run.resolve("node-a.log"), named("node-a", settings));
             LedgerProcess second = LedgerProcess.start(jar, run.resolve("data-b"), users, run.resolve("node-b.log"), named("node-b", settings))) {
            Map<LedgerProcess, String> names = Map.of(first, "A", second, "B");
            // B started once A was up, so A claimed both processors' segments first.
            assertThat(owners(database)).as("the node started first holds the processors' segments")
                    .containsOnlyKeys(PROCESSORS).allSatisfy((processor, owner) -> assertThat(owner).isEqualTo("node-a"));
            var half = body("practices", 0.5, "patients", 0.5);
            LedgerHttp.Answer conf = first.http().put(WRITER, CONF, body("name", "Two nodes", "place", "Nowhere", "constitution",
                    body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7)));
            assertThat(conf.status()).as(conf.toString()).isEqualTo(201);

            List<String> oneKeyAtOnce = oneKeyThroughBothNodesAtOnce(first, second);

            Queue<Ack> acks = new ConcurrentLinkedQueue<>();
            Queue<Write> claimedByTheDead = new ConcurrentLinkedQueue<>();
            Queue<String> failures = new ConcurrentLinkedQueue<>();
            Queue<String> readBackRefusals = new ConcurrentLinkedQueue<>();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong killedAt = new AtomicLong();
            CountDownLatch firstAck = new CountDownLatch(1);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<java.util.concurrent.Future<?>> writing = new ArrayList<>();
            long claimMillis;
            long failoverMillis;
            int exitCode;
            try {
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writing.add(writers.submit(() -> write(writer, writer % 2 == 0 ? first : second, first, second, names, killed, stop, acks,
                            claimedByTheDead, failures, readBackRefusals, firstAck)));
                }
                assertThat(firstAck.await(60, TimeUnit.SECONDS)).as("a write acknowledged within 60 s: %s", failures).isTrue();
                Thread.sleep(killAfter);
                killedAt.set(System.nanoTime());
                killed.set(true);
                exitCode = first.kill9();
                claimMillis = awaitClaims(database, "node-b", second, killedAt.get());
                failoverMillis = awaitFailover(second, acks, killedAt.get());
                Thread.sleep(AFTER_FAILOVER.toMillis());
            } finally {
                stop.set(true);
                writers.shutdown();
                if (!writers.awaitTermination(60, TimeUnit.SECONDS)) {
                    writers.shutdownNow();
                }
            }
            for (java.util.concurrent.Future<?> writer : writing) {
                try {
                    writer.get(1, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    failures.add("a writer ended with " + (e.getCause() == null ? e : e.getCause()));
                }
            }

            LedgerHttp survivor = second.http();
            long head = awaitCaughtUp(survivor);
            Map<String, Long> perNode = acks.stream().collect(Collectors.groupingBy(Ack::node, Collectors.counting()));
            long retried = acks.stream().filter(Ack::retried).count();
            long afterKill = acks.stream().filter(ack -> ack.sentAt() > killedAt.get()).count();
            report(summary, "node A (pid %d, holding the segments) killed %d ms after the first acknowledged write, exit %d;"
                            + " acknowledged %d writes (A %d, B %d; %d sent after the kill); cut off by the kill and sent again to B: %d landed,"
                            + " %d already recorded by A (answered 409); failover: B held both processors' segments %d ms after the kill"
                            + " and had handled a write sent after the kill %d ms after it; reads back through the other node with Ledger-Min-Position"
                            + " answered 503 and asked again: %d; head %d",
                    first.pid(), killAfter, exitCode, acks.size(), perNode.getOrDefault("A", 0L), perNode.getOrDefault("B", 0L),
                    afterKill, retried, claimedByTheDead.size(), claimMillis, failoverMillis, readBackRefusals.size(), head);
            summary.addAll(oneKeyAtOnce);

            List<JsonNode> events = survivor.events(WRITER, 0);
            Map<String, String> lost = lostOrWrong(survivor, acks, events);
            Map<String, Long> doubled = doubled(events, acks, claimedByTheDead);
            Instant at = Instant.now();
            Map<String, JsonNode> live = ReadModelAnswers.everyAnswer(survivor, WRITER, at);
            replay(survivor);
            Map<String, JsonNode> rebuilt = ReadModelAnswers.everyAnswer(survivor, WRITER, at);
            List<String> differing = live.keySet().stream().filter(path -> !live.get(path).equals(rebuilt.get(path))).toList();
            JsonNode verified = awaitSealed(survivor, head);
            Checkpoint checkpoint = LedgerExport.checkpoint(survivor.get("icb", "/api/v1/ledger/checkpoints/latest").json());
            ExportVerifier.Report offline = offline(survivor, checkpoint);
            report(summary, "after: %d events; lost or wrong %d, doubled %d; %d read-model answers compared with a replay, %d differ;"
                            + " the service's verify: %s; offline against the checkpoint of %d events: %s",
                    events.size(), lost.size(), doubled.size(), live.size(), differing.size(), verified, checkpoint.size(), offline.valid());
            lost.forEach((what, why) -> summary.add("  lost " + what + ": " + why));
            doubled.forEach((what, count) -> summary.add("  doubled " + what + ": " + count + " times"));
            failures.forEach(failure -> summary.add("  failed " + failure));
            Files.write(run.resolve("summary.txt"), summary, StandardCharsets.UTF_8);

            assertThat(exitCode).as("killed by SIGKILL").isEqualTo(LedgerProcess.KILLED_BY_SIGKILL);
            assertThat(failures).as("writes refused or failed (seed %d)", seed).isEmpty();
            assertThat(perNode.getOrDefault("A", 0L)).as("writes acknowledged by A").isPositive();
            assertThat(perNode.getOrDefault("B", 0L)).as("writes acknowledged by B").isPositive();
            assertThat(afterKill).as("writes acknowledged after the kill").isPositive();
            assertThat(lost).as("acknowledged writes missing or not as written (seed %d)", seed).isEmpty();
            assertThat(doubled).as("writes recorded more than once (seed %d)", seed).isEmpty();
            assertThat(live.keySet()).as("the replay answers the same resources").isEqualTo(rebuilt.keySet());
            assertThat(differing).as("read-model answers that differ from a replay").isEmpty();
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            assertThat(offline.valid()).as("offline verification: %s", offline).isTrue();
        }
    }

    /**
     * The same {@code POST /people} with the same key through both nodes at once, a few times: one
     * person each time, and every answer given is the first one or "still being answered".
     */
    private static List<String> oneKeyThroughBothNodesAtOnce(LedgerProcess first, LedgerProcess second) throws Exception {
        List<String> lines = new ArrayList<>();
        assertThat(first.http().put(WRITER, "/api/v1/organisations/TNBOTH", body("name", "Both nodes practice", "kind", "PRACTICE",
                "registeredPatients", 1_000)).status()).isEqualTo(201);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 5; i++) {
                String name = "Dr Both Nodes " + i;
                Write write = new Write("person", "POST", "/api/v1/people", body("name", name, "role", "GP partner", "organisation",
                        "TNBOTH"), UUID.randomUUID().toString(), null, Map.of());
                var viaFirst = both.submit(() -> write.send(first));
                var viaSecond = both.submit(() -> write.send(second));
                List<LedgerHttp.Answer> answers = List.of(viaFirst.get(60, TimeUnit.SECONDS), viaSecond.get(60, TimeUnit.SECONDS));
                List<String> locations = answers.stream().filter(a -> a.status() == 201).map(a -> a.header("Location")).distinct().toList();
                assertThat(answers).allSatisfy(answer -> assertThat(answer.status() == 201
                        || answer.status() == 409 && answer.json().get("code").asString().equals("IDEMPOTENT_REQUEST_IN_PROGRESS"))
                        .as(answer.toString()).isTrue());
                assertThat(locations).as("one person for one key, whichever node answered: %s", answers).hasSize(1);
                long position = answers.stream().filter(a -> a.status() == 201).mapToLong(a -> Long.parseLong(a.header("Ledger-Position")))
                        .max().orElseThrow();
                String person = locations.get(0).substring(locations.get(0).lastIndexOf('/') + 1);
                long people = new LedgerHttp(first.port(), LedgerTestUsers.PASSWORDS).withHeader("Ledger-Min-Position", Long.toString(position))
                        .events(WRITER, 0).stream()
                        .filter(e -> e.get("type").asString().equals("PersonRegistered") && e.get("aggregate").get("id").asString().equals(person))
                        .count();
                assertThat(people).as("PersonRegistered for %s", name).isEqualTo(1);
                lines.add("  one key through both nodes at once: " + answers.stream().map(a -> a.status()
                        + ("true".equals(a.header("Idempotent-Replayed")) ? " (replayed)" : "")).toList());
            }
        } finally {
            both.shutdownNow();
        }
        return lines;
    }

    /**
     * One client: topic, organisation, its admission to the shared confederation, a person in it,
     * and again, through its node; each acknowledged write is read back through the other node. Once
     * the node is killed, the client goes to the surviving one, first sending again what was cut off.
     */
    private static void write(int writer, LedgerProcess home, LedgerProcess killedNode, LedgerProcess survivor,
                              Map<LedgerProcess, String> names, AtomicBoolean killed, AtomicBoolean stop, Queue<Ack> acks,
                              Queue<Write> claimedByTheDead, Queue<String> failures, Queue<String> readBackRefusals,
                              CountDownLatch firstAck) {
        LedgerProcess via = home;
        String organisation = null;
        for (int i = 0; !stop.get() && i < 10_000; i++) {
            Write write = next(writer, i, organisation);
            if (killed.get() && via != survivor) {
                via = survivor;
            }
            LedgerHttp.Answer answer;
            boolean retried = false;
            long sentAt = System.nanoTime();
            try {
                answer = write.send(via);
            } catch (RuntimeException cutOff) {
                if (via == survivor || !killed.get()) {
                    failures.add(write.kind() + " " + write.path() + " via " + names.get(via) + ": " + cutOff);
                    return;
                }
                // Cut off by the kill: the same request, with the same key, to the node still standing.
                via = survivor;
                retried = true;
                sentAt = System.nanoTime();
                try {
                    answer = write.send(via);
                } catch (RuntimeException e) {
                    failures.add(write.kind() + " " + write.path() + " sent again via B: " + e);
                    return;
                }
                if (answer.status() == 409 && answer.json() != null
                        && List.of("IDEMPOTENT_REQUEST_IN_PROGRESS", "IDEMPOTENT_ANSWER_LOST").contains(answer.json().get("code").asString())) {
                    // The dead node recorded it and died before answering: the key says so, and nothing is recorded again.
                    claimedByTheDead.add(write);
                    organisation = null;
                    continue;
                }
            }
            if (answer.status() / 100 != 2 || answer.header("Ledger-Position") == null) {
                failures.add(write.kind() + " " + write.path() + " via " + names.get(via) + ": " + answer);
                continue;
            }
            Ack ack = acknowledged(names.get(via), write, answer, sentAt, retried);
            acks.add(ack);
            firstAck.countDown();
            organisation = write.kind().equals("organisation") ? ack.id() : write.kind().equals("admission") ? organisation : null;
            if (!killed.get()) {
                readBackThroughTheOther(via == survivor ? killedNode : survivor, ack, killed, failures, readBackRefusals);
            }
        }
    }

    /**
     * Reads an acknowledged write back through the other node with {@code Ledger-Min-Position}: it
     * must read as written. A {@code 503} (not reached within 5 s: a slow moment on a busy machine) is
     * asked again, as a client told {@code Retry-After} would, three times at most.
     */
    private static void readBackThroughTheOther(LedgerProcess other, Ack ack, AtomicBoolean killed, Queue<String> failures,
                                                Queue<String> refusals) {
        LedgerHttp.Answer answer = null;
        for (int attempt = 1; attempt <= 3 && (answer == null || answer.status() == 503); attempt++) {
            if (answer != null) {
                refusals.add(ack.toString());
                LedgerProcess.sleep(1_000);
            }
            try {
                answer = new LedgerHttp(other.port(), LedgerTestUsers.PASSWORDS)
                        .withHeader("Ledger-Min-Position", Long.toString(ack.position())).get(WRITER, ack.path());
            } catch (RuntimeException e) {
                if (!killed.get()) {
                    failures.add("read back " + ack + ": " + e);
                }
                return;
            }
        }
        if (answer.status() == 503 && killed.get()) {
            // The node keeping the read models was killed while this read waited; everything is read again at the end.
            return;
        }
        String wrong = wrong(ack, answer);
        if (wrong != null && !killed.get()) {
            failures.add("read back through the other node " + ack + ": " + wrong);
        }
    }

    private static Ack acknowledged(String node, Write write, LedgerHttp.Answer answer, long sentAt, boolean retried) {
        long position = Long.parseLong(answer.header("Ledger-Position"));
        if (write.kind().equals("admission")) {
            return new Ack(node, write, CONF, write.id(), write.expected(), position, sentAt, System.nanoTime(), retried);
        }
        if (write.id() != null) {
            return new Ack(node, write, write.path(), write.id(), write.expected(), position, sentAt, System.nanoTime(), retried);
        }
        String location = answer.header("Location");
        String created = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> withId = new LinkedHashMap<>(write.expected());
        withId.put("id", created);
        return new Ack(node, write, location, created, withId, position, sentAt, System.nanoTime(), retried);
    }

    private static Write next(int writer, int i, String organisation) {
        String key = UUID.randomUUID().toString();
        String code = "TN" + writer + "X" + (i - i % 4);
        switch (i % 4) {
            case 1 -> {
                String name = "Two-node practice " + code;
                return new Write("organisation", "PUT", "/api/v1/organisations/" + code,
                        body("name", name, "kind", "PRACTICE", "registeredPatients", 1_000 + i), key, code,
                        body("code", code, "name", name, "kind", "PRACTICE", "registeredPatients", 1_000 + i));
            }
            case 2 -> {
                if (organisation != null) {
                    return new Write("admission", "PUT", CONF + "/members/" + organisation, null, key, organisation,
                            body("code", organisation));
                }
            }
            case 3 -> {
                if (organisation != null) {
                    String name = "Dr Two Nodes " + writer + "-" + i;
                    return new Write("person", "POST", "/api/v1/people", body("name", name, "role", "GP partner", "organisation",
                            organisation), key, null, body("name", name, "organisation", organisation));
                }
            }
            default -> { }
        }
        String slug = "two-nodes-w" + writer + "-" + i;
        String title = "Two nodes writer " + writer + " #" + i;
        return new Write("topic", "PUT", "/api/v1/topics/" + slug, body("title", title), key, slug, body("slug", slug, "title", title));
    }

    /** What is wrong with a read of an acknowledged write, or null. An admission reads as the member in the confederation. */
    private static String wrong(Ack ack, LedgerHttp.Answer answer) {
        if (answer.status() != 200) {
            return "GET " + ack.path() + " answered " + answer;
        }
        JsonNode json = answer.json();
        if (ack.write().kind().equals("admission")) {
            return json.get("members").toString().contains("\"" + ack.id() + "\"") ? null
                    : "the confederation's members do not include " + ack.id();
        }
        for (Map.Entry<String, Object> field : ack.expected().entrySet()) {
            JsonNode value = json.get(field.getKey());
            if (value == null || !value.asString().equals(String.valueOf(field.getValue()))) {
                return field.getKey() + " reads " + value + ", written " + field.getValue();
            }
        }
        return null;
    }

    /** Every acknowledged write: its aggregate's event at its position, and its resource as written. */
    private static Map<String, String> lostOrWrong(LedgerHttp http, Iterable<Ack> acks, List<JsonNode> events) {
        Map<Long, String> aggregateAt = new HashMap<>();
        events.forEach(e -> aggregateAt.put(e.get("position").asLong(), e.get("aggregate").get("id").asString()));
        Map<String, String> lost = new LinkedHashMap<>();
        for (Ack ack : acks) {
            String aggregate = ack.write().kind().equals("admission") ? "two-nodes" : ack.id();
            String at = aggregateAt.get(ack.position());
            if (!aggregate.equals(at)) {
                lost.put(ack.toString(), at == null ? "no event at its position" : "the event at its position is " + at + "'s");
                continue;
            }
            String wrong = wrong(ack, http.get(WRITER, ack.path()));
            if (wrong != null) {
                lost.put(ack.toString(), wrong);
            }
        }
        return lost;
    }

    /** Each write sent (acknowledged, or recorded by the dead node before it could answer) and how often it is in the ledger, where more than once. */
    private static Map<String, Long> doubled(List<JsonNode> events, Iterable<Ack> acks, Iterable<Write> claimedByTheDead) {
        Map<String, Long> recorded = events.stream().map(TwoNodesIT::whatItRecords)
                .filter(what -> what != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> doubled = new LinkedHashMap<>();
        List<Write> sent = new ArrayList<>();
        acks.forEach(ack -> sent.add(ack.write()));
        claimedByTheDead.forEach(sent::add);
        for (Write write : sent) {
            // Each person here is the only one registered in their organisation.
            String what = write.kind().equals("person") ? "person in " + write.body().get("organisation") : write.kind() + " " + write.id();
            long times = recorded.getOrDefault(what, 0L);
            if (times != 1) {
                doubled.put(what, times);
            }
        }
        return doubled;
    }

    /** The write an event records, in the terms of {@link #doubled}; null for events no client here sent. */
    private static String whatItRecords(JsonNode event) {
        JsonNode payload = event.get("payload");
        String id = event.get("aggregate").get("id").asString();
        return switch (event.get("type").asString()) {
            case "TopicDefined" -> "topic " + id;
            case "OrganisationRegistered" -> "organisation " + id;
            case "MemberAdmitted" -> "admission " + payload.get("member").asString();
            case "PersonRegistered" -> "person in " + payload.get("organisation").asString();
            default -> null;
        };
    }

    /** Who holds each processor's segment, from the shared token store: the claiming node's {@code ledger.node-id}. */
    private static Map<String, String> owners(String database) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             ResultSet rows = connection.createStatement().executeQuery("select processor_name, owner from token_entry")) {
            while (rows.next()) {
                owners.put(rows.getString(1), rows.getString(2));
            }
        }
        return owners;
    }

    /** Waits until the surviving node has claimed every processor's segment the dead node held; answers the time since the kill. */
    private static long awaitClaims(String database, String survivorName, LedgerProcess survivor, long killedAt) throws SQLException {
        long deadline = System.nanoTime() + FAILOVER_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> owners = owners(database);
            if (owners.keySet().containsAll(PROCESSORS) && owners.values().stream().allMatch(survivorName::equals)) {
                return Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
            }
            LedgerProcess.sleep(50);
        }
        throw new AssertionError("the surviving node did not claim the segments within " + FAILOVER_LIMIT.toSeconds() + " s: "
                + owners(database) + "\n" + survivor.tail());
    }

    /** Waits until B has handled a write sent to it after the kill; answers the time since the kill. */
    private static long awaitFailover(LedgerProcess survivor, Queue<Ack> acks, long killedAt) {
        LedgerHttp admin = survivor.http();
        long deadline = System.nanoTime() + FAILOVER_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            long firstAfter = acks.stream().filter(ack -> ack.sentAt() > killedAt && ack.node().equals("B"))
                    .mapToLong(Ack::position).min().orElse(Long.MAX_VALUE);
            if (firstAfter != Long.MAX_VALUE) {
                LedgerHttp.Answer progress = admin.get(ADMIN, "/api/v1/admin/replay");
                if (progress.status() == 200 && progress.json().get("processors").get(0).get("position").asLong() >= firstAfter) {
                    return Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
                }
            }
            LedgerProcess.sleep(100);
        }
        throw new AssertionError("the surviving node did not take over the read models within " + FAILOVER_LIMIT.toSeconds() + " s:\n"
                + survivor.tail());
    }

    private static long awaitCaughtUp(LedgerHttp http) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        LedgerHttp.Answer answer = null;
        while (System.nanoTime() < deadline) {
            answer = http.get(ADMIN, "/api/v1/admin/replay");
            JsonNode processor = answer.json().get("processors").get(0);
            if (!processor.get("replaying").asBoolean() && processor.get("position").asLong() >= processor.get("head").asLong()) {
                return processor.get("head").asLong();
            }
            LedgerProcess.sleep(100);
        }
        throw new AssertionError("the read models did not reach the head within " + CATCH_UP.toSeconds() + " s: " + answer);
    }

    private static void replay(LedgerHttp http) {
        LedgerHttp.Answer started = http.post(ADMIN, "/api/v1/admin/replay", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        LedgerProcess.sleep(200);
        awaitCaughtUp(http);
    }

    /** The service's own verification, once every event up to {@code head} is sealed and a checkpoint covers them. */
    private static JsonNode awaitSealed(LedgerHttp http, long head) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        JsonNode verified = null;
        while (System.nanoTime() < deadline) {
            verified = http.get(ADMIN, "/api/v1/ledger/verify").json();
            if (verified.get("sealed").asLong() == verified.get("events").asLong()) {
                return verified;
            }
            LedgerProcess.sleep(250);
        }
        throw new AssertionError("not every event was sealed within " + CATCH_UP.toSeconds() + " s (head " + head + "): " + verified);
    }

    private static ExportVerifier.Report offline(LedgerHttp http, Checkpoint kept) throws Exception {
        LedgerHttp.Answer export = http.getAs(CHAIR, "/api/v1/ledger/export", "application/x-ndjson");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        LedgerExport parsed = LedgerExport.read(new BufferedReader(new StringReader(export.raw().body())));
        String key = http.get("icb", "/api/v1/ledger/key").json().get("publicKey").asString();
        return ExportVerifier.verify(parsed, kept, Checkpoint.publicKey(key), null);
    }

    private static List<String> named(String node, List<String> settings) {
        List<String> named = new ArrayList<>(settings);
        named.add("--ledger.node-id=" + node);
        return named;
    }

    private static void report(List<String> summary, String format, Object... args) {
        String line = String.format(format, args);
        summary.add(line);
        System.out.println(line);
    }
}
