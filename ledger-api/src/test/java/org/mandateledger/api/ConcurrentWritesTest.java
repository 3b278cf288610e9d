package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Concurrent commands on one aggregate: never a 5xx. Grants by eight practices at once to one
 * confederation all land, each once; eight withdrawals of one mandate at once leave one that
 * withdrew it and seven told it is no longer active (409).
 */
class ConcurrentWritesTest extends LedgerServiceTest {

    private static final String CONF = "/api/v1/confederations/race-test";
    private static final int WRITERS = 8;

    @Test
    void concurrent_writes_to_one_confederation_are_each_decided_once() throws Exception {
        var half = body("practices", 0.5, "patients", 0.5);
        http.put("registrar", CONF, body("name", "Race", "place", "Nowhere", "constitution", body("thresholds",
                body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7)));
        List<String> practices = new ArrayList<>();
        for (int i = 1; i <= WRITERS; i++) {
            String code = "RACE0" + i;
            practices.add(code);
            http.put("registrar", "/api/v1/organisations/" + code, body("name", "Race " + i, "kind", "PRACTICE", "registeredPatients", 1000));
            http.put("registrar", CONF + "/members/" + code, null);
        }

        long before = eventStore.count();
        List<LedgerHttp.Answer> grants = LedgerInstances.together(practices.stream().<Callable<LedgerHttp.Answer>>map(code -> () -> http.post("registrar",
                CONF + "/mandates", body("grantor", code, "topics", List.of("*"), "ceiling", "AGREE",
                        "validFrom", LocalDate.now().toString()))).toList());
        assertThat(grants).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        assertThat(grants.stream().map(a -> a.header("Ledger-Position")).distinct()).hasSize(WRITERS);
        assertThat(eventStore.count()).as("one MandateGranted per request").isEqualTo(before + WRITERS);

        String mandate = grants.get(0).json().get("id").asString();
        List<LedgerHttp.Answer> withdrawals = LedgerInstances.together(java.util.stream.IntStream.range(0, WRITERS)
                .<Callable<LedgerHttp.Answer>>mapToObj(i -> () -> http.post("registrar", "/api/v1/mandates/" + mandate + "/withdrawal",
                        body("reason", "race " + i))).toList());
        assertThat(withdrawals.stream().filter(a -> a.status() == 200)).hasSize(1);
        assertThat(withdrawals.stream().filter(a -> a.status() != 200)).hasSize(WRITERS - 1)
                .allSatisfy(answer -> {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                });
        assertThat(eventStore.count()).as("one MandateWithdrawn").isEqualTo(before + WRITERS + 1);
    }

}
