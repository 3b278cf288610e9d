package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The list of confederations an integrator starts from holds those within the caller's reach, paged: by slug, {@code limit}
 * at a time, {@code next} the cursor to the rest; each with its members now. A limit or a cursor that
 * cannot be read is a 400 problem.
 */
class ConfederationListTest extends LedgerServiceTest {

    @Test
    void every_confederation_once_by_slug_page_by_page_with_its_members_now() {
        String prefix = "list-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> half = body("practices", 0.5, "patients", 0.5);
        http.put("registrar", "/api/v1/organisations/LST001", body("name", "List One", "kind", "PRACTICE", "registeredPatients", 100));
        for (String suffix : List.of("c", "a", "b")) {
            assertThat(http.put("registrar", "/api/v1/confederations/" + prefix + "-" + suffix, body("name", "List " + suffix, "place", "Nowhere",
                    "constitution", body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half,
                            "feedbackDueDays", 7))).status()).isEqualTo(201);
        }
        http.put("registrar", "/api/v1/confederations/" + prefix + "-b/members/LST001", null);

        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            LedgerHttp.Answer page = http.get("icb", "/api/v1/confederations?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isBetween(0, 2);
            page.json().get("items").forEach(all::add);
            cursor = page.json().get("next").isNull() ? null : page.json().get("next").asString();
            pages++;
        } while (cursor != null && pages < 1000);
        List<String> slugs = all.stream().map(c -> c.get("slug").asString()).toList();
        assertThat(slugs).isSorted().doesNotHaveDuplicates().contains(prefix + "-a", prefix + "-b", prefix + "-c");
        JsonNode b = all.stream().filter(c -> c.get("slug").asString().equals(prefix + "-b")).findFirst().orElseThrow();
        assertThat(b.get("members").asInt()).isEqualTo(1);
        assertThat(http.get("icb", "/api/v1/confederations?limit=1000").json().get("items").size()).isEqualTo(slugs.size());

        // Within the caller's reach only: a chair of one confederation lists that one.
        assertThat(http.get("mx-chair", "/api/v1/confederations?limit=1000").json().get("items").valueStream()
                .map(c -> c.get("slug").asString()).toList()).allMatch("matrix"::equals);

        assertThat(http.get("icb", "/api/v1/confederations?limit=0").status()).isEqualTo(400);
        LedgerHttp.Answer badCursor = http.get("icb", "/api/v1/confederations?cursor=%25%25not-a-cursor");
        assertThat(badCursor.status()).as(badCursor.toString()).isEqualTo(400);
    }
}
