package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code Idempotency-Key} on writes: a retry gets the first answer and appends nothing, even when
 * the retries arrive together; the same key with another request is 422; a refused request keeps
 * no key; keys are the caller's own, and are deleted once past their retention.
 */
class IdempotencyTest extends LedgerServiceTest {

    private static final String CONF = "/api/v1/confederations/idempotency";
    private static final String MANDATES = CONF + "/mandates";
    private static final String KEY_HEADER = "Idempotency-Key";

    @Autowired
    JdbcTemplate jdbc;

    private static final AtomicInteger PRACTICES = new AtomicInteger();

    @BeforeEach
    void aConfederation() {
        http.put("registrar", "/api/v1/topics/idempotency-topic", body("title", "A topic"));
        var half = body("practices", 0.5, "patients", 0.5);
        http.put("registrar", CONF, body("name", "Idempotency", "place", "Nowhere",
                "constitution", body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7)));
    }

    /** A practice of the test's own, admitted to the confederation: a second grant by one grantor would supersede its first. */
    private String member() {
        String code = String.format("IDM%03d", PRACTICES.incrementAndGet());
        http.put("registrar", "/api/v1/organisations/" + code, body("name", "Practice " + code, "kind", "PRACTICE", "registeredPatients", 1000));
        http.put("registrar", CONF + "/members/" + code, null);
        return code;
    }

    @Test
    void a_retry_gets_the_first_answer_and_appends_nothing() {
        String practice = member();
        LedgerHttp keyed = http.withHeader(KEY_HEADER, newKey());
        var first = keyed.post("idem-chair", MANDATES, grant(practice));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        long events = eventStore.count();

        var retry = keyed.post("idem-chair", MANDATES, grant(practice));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Ledger-Position")).isEqualTo(first.header("Ledger-Position"));
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventStore.count()).isEqualTo(events);
        assertThat(mandatesOf(practice)).containsExactly(first.json().get("id").asString());
    }

    @Test
    void the_same_key_with_another_request_is_refused_and_records_nothing() {
        String practice = member();
        String another = member();
        LedgerHttp keyed = http.withHeader(KEY_HEADER, newKey());
        assertThat(keyed.post("idem-chair", MANDATES, grant(practice)).status()).isEqualTo(201);

        var other = refusedWrite(422, () -> keyed.post("idem-chair", MANDATES, grant(another)));
        assertThat(other.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        var otherPath = refusedWrite(422, () -> keyed.post("idem-chair", CONF + "/mandates?x=1", grant(practice)));
        assertThat(otherPath.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(mandatesOf(another)).isEmpty();
    }

    @Test
    void keys_belong_to_their_caller() {
        String practice = member();
        String key = newKey();
        var chairs = http.withHeader(KEY_HEADER, key).post("idem-chair", MANDATES, grant(practice));
        var secretariats = http.withHeader(KEY_HEADER, key).post("idem-sec", MANDATES, grant(practice));

        assertThat(chairs.status()).isEqualTo(201);
        assertThat(secretariats.status()).isEqualTo(201);
        assertThat(secretariats.header("Idempotent-Replayed")).isNull();
        assertThat(secretariats.header("Location")).isNotEqualTo(chairs.header("Location"));
        assertThat(mandatesOf(practice)).as("both recorded").hasSize(2);
    }

    @Test
    void retries_sent_together_record_once_and_all_get_the_first_answer() throws Exception {
        String practice = member();
        LedgerHttp keyed = http.withHeader(KEY_HEADER, newKey());
        int before = mandatesOf(practice).size();
        long events = eventStore.count();
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<LedgerHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<LedgerHttp.Answer> retry = () -> {
                    start.await();
                    return keyed.post("idem-sec", MANDATES, grant(practice));
                };
                answers.add(pool.submit(retry));
            }
            start.countDown();
            List<LedgerHttp.Answer> got = new ArrayList<>();
            for (Future<LedgerHttp.Answer> answer : answers) {
                got.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(got).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
            assertThat(got.stream().map(a -> a.header("Location")).distinct()).hasSize(1);
            assertThat(got.stream().map(a -> a.raw().body()).distinct()).hasSize(1);
            assertThat(got.stream().filter(a -> a.header("Idempotent-Replayed") == null)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mandatesOf(practice)).hasSize(before + 1);
        assertThat(eventStore.count()).isEqualTo(events + 1);
    }

    @Test
    void a_refused_request_keeps_no_key_so_its_retry_is_decided_afresh() {
        String practice = member();
        LedgerHttp keyed = http.withHeader(KEY_HEADER, newKey());
        var tooEarly = grant(practice);
        tooEarly.put("validUntil", LocalDate.now().minusDays(3).toString());
        refusedWrite(422, () -> keyed.post("idem-chair", MANDATES, tooEarly));

        var corrected = keyed.post("idem-chair", MANDATES, grant(practice));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void a_malformed_key_is_refused_and_records_nothing() {
        String practice = member();
        for (String key : List.of("x".repeat(256), "has space", "tab\there")) {
            var answer = refusedWrite(400, () -> http.withHeader(KEY_HEADER, key).post("idem-chair", MANDATES, grant(practice)));
            assertThat(answer.json().get("code").asString()).as("key [%s]", key).isEqualTo("INVALID_IDEMPOTENCY_KEY");
        }
    }

    @Test
    void puts_and_deletes_take_a_key_too() {
        LedgerHttp keyed = http.withHeader(KEY_HEADER, newKey());
        var renamed = keyed.put("idem-sec", "/api/v1/topics/idempotency-keyed", body("title", "Keyed"));
        assertThat(renamed.status()).as(renamed.toString()).isIn(200, 201);
        long events = eventStore.count();
        var again = keyed.put("idem-sec", "/api/v1/topics/idempotency-keyed", body("title", "Keyed"));
        assertThat(again.status()).isEqualTo(renamed.status());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.raw().body()).isEqualTo(renamed.raw().body());
        assertThat(eventStore.count()).isEqualTo(events);

        http.put("registrar", "/api/v1/organisations/IDX001", body("name", "Leaving", "kind", "PRACTICE", "registeredPatients", 10));
        http.put("registrar", CONF + "/members/IDX001", null);
        LedgerHttp removal = http.withHeader(KEY_HEADER, newKey());
        var removed = removal.delete("idem-sec", CONF + "/members/IDX001");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        long afterRemoval = eventStore.count();
        var removedAgain = removal.delete("idem-sec", CONF + "/members/IDX001");
        assertThat(removedAgain.status()).as("a second removal would be refused; the retry gets the first answer").isEqualTo(200);
        assertThat(removedAgain.raw().body()).isEqualTo(removed.raw().body());
        assertThat(eventStore.count()).isEqualTo(afterRemoval);
    }

    @Test
    void a_multipart_import_retried_with_a_new_boundary_gets_the_first_answer() {
        LedgerHttp keyed = http.withHeader(KEY_HEADER, newKey());
        var first = keyed.multipart("registrar", "/api/v1/organisations/import", CheshireFiles.importFiles());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        long events = eventStore.count();

        var retry = keyed.multipart("registrar", "/api/v1/organisations/import", CheshireFiles.importFiles());

        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(eventStore.count()).isEqualTo(events);
    }

    @Test
    void a_retry_while_the_first_is_being_answered_waits_for_its_answer() throws Exception {
        String practice = member();
        String key = newKey();
        LedgerHttp keyed = http.withHeader(KEY_HEADER, key);
        var first = keyed.post("idem-chair", MANDATES, grant(practice));
        long events = eventStore.count();
        // As if the first request had recorded its command and were still reading back its answer.
        Map<String, Object> answer = jdbc.queryForMap("select answer_status, answer_body from idempotency_key where caller = ? and idempotency_key = ?",
                "idem-chair", key);
        jdbc.update("update idempotency_key set answer_status = null where caller = ? and idempotency_key = ?", "idem-chair", key);
        Thread answering = new Thread(() -> {
            sleep(Duration.ofMillis(700));
            jdbc.update("update idempotency_key set answer_status = ? where caller = ? and idempotency_key = ?",
                    answer.get("answer_status"), "idem-chair", key);
        });
        answering.start();

        var retry = keyed.post("idem-chair", MANDATES, grant(practice));
        answering.join();

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(eventStore.count()).isEqualTo(events);
    }

    @Test
    void an_answer_lost_to_a_stop_is_said_so_and_nothing_is_appended() {
        String practice = member();
        String key = newKey();
        LedgerHttp keyed = http.withHeader(KEY_HEADER, key);
        assertThat(keyed.post("idem-chair", MANDATES, grant(practice)).status()).isEqualTo(201);
        // As if the service had stopped after recording the command, before keeping its answer.
        jdbc.update("update idempotency_key set answer_status = null, recorded_at = ? where caller = ? and idempotency_key = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))), "idem-chair", key);

        var retry = refusedWrite(409, () -> keyed.post("idem-chair", MANDATES, grant(practice)));

        assertThat(retry.json().get("code").asString()).isEqualTo("IDEMPOTENT_ANSWER_LOST");
    }

    @Test
    void keys_past_their_retention_are_deleted() {
        String practice = member();
        String old = newKey();
        String fresh = newKey();
        http.withHeader(KEY_HEADER, old).post("idem-sec", MANDATES, grant(practice));
        http.withHeader(KEY_HEADER, fresh).post("idem-sec", MANDATES, grant(practice));
        jdbc.update("update idempotency_key set recorded_at = ? where caller = ? and idempotency_key = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(24)).minusSeconds(60)), "idem-sec", old);

        purge.purge();

        assertThat(keyCount("idem-sec", old)).isZero();
        assertThat(keyCount("idem-sec", fresh)).isOne();
    }

    @Test
    void the_openapi_document_names_the_header_on_every_write_and_no_read() {
        var paths = http.get(null, "/v3/api-docs").json().get("paths");
        List<String> writes = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            boolean keyed = false;
            var parameters = operation.getValue().get("parameters");
            if (parameters != null) {
                for (var parameter : parameters) {
                    keyed |= "Idempotency-Key".equals(parameter.get("name").asString()) && "header".equals(parameter.get("in").asString());
                }
            }
            boolean write = !operation.getKey().equals("get");
            assertThat(keyed).as("%s %s", operation.getKey(), path.getKey()).isEqualTo(write);
            if (write) {
                writes.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(writes).contains("post " + MANDATES.replace("idempotency", "{slug}"));
    }

    @Autowired
    org.mandateledger.api.idempotency.IdempotencyPurge purge;

    private int keyCount(String caller, String key) {
        Integer count = jdbc.queryForObject("select count(*) from idempotency_key where caller = ? and idempotency_key = ?", Integer.class, caller, key);
        return count == null ? 0 : count;
    }

    private List<String> mandatesOf(String grantor) {
        var list = http.get("idem-chair", MANDATES + "?grantor=" + grantor).json();
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(m -> ids.add(m.get("id").asString()));
        return ids;
    }

    private static Map<String, Object> grant(String grantor) {
        return new java.util.LinkedHashMap<>(body("grantor", grantor, "topics", List.of("idempotency-topic"), "ceiling", "AGREE",
                "validFrom", LocalDate.now().toString()));
    }

    private static String newKey() {
        return "test-" + UUID.randomUUID();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
