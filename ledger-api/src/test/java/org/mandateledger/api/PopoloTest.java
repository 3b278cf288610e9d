package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Open data (issue 15): a confederation in Popolo JSON, so civic tools can read who speaks for whom.
 * The member organisations with their ODS codes; each standing appointment a post of the confederation,
 * the delegate a member of the forums it names on behalf of the confederation; an ended appointment
 * gone. Whoever asks, it is as the ICB sees it: no login, nothing an interest says.
 */
class PopoloTest extends LedgerServiceTest {

    @Test
    void who_speaks_for_whom_in_popolo_as_system_partners_may_see_it() {
        String slug = "popolo-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String conf = "/api/v1/confederations/" + slug;
        Map<String, Object> half = body("practices", 0.5, "patients", 0.5);
        http.put("registrar", "/api/v1/organisations/POP001", body("name", "Popolo Surgery", "kind", "PRACTICE", "registeredPatients", 900));
        http.put("registrar", "/api/v1/organisations/POP002", body("name", "Popolo PCN", "kind", "PCN"));
        http.put("registrar", "/api/v1/forums/popolo-board", body("name", "Popolo Place Board", "level", "PLACE"));
        http.put("registrar", "/api/v1/topics/popolo-estates", body("title", "Estates (popolo)"));
        http.put("registrar", conf, body("name", "Popolo Confederation", "place", "Nowhere", "constitution",
                body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7)));
        http.put("registrar", conf + "/members/POP001", null);
        http.put("registrar", conf + "/members/POP002", null);
        String person = http.post("registrar", "/api/v1/people", body("name", "Dr Open Data", "role", "PCN Clinical Director",
                "organisation", "POP001", "login", "dr.opendata")).json().get("id").asString();
        http.post("registrar", "/api/v1/people/" + person + "/interests", body("topic", "popolo-estates", "category", "FINANCIAL",
                "description", "owns the Popolo Lane building"));
        String appointment = appoint(conf, person);
        String ended = appoint(conf, person);
        assertThat(http.post("registrar", "/api/v1/appointments/" + ended + "/end", body("reason", "stood down")).status()).isEqualTo(200);

        LedgerHttp.Answer answer = http.get("icb", conf + "/popolo");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode popolo = answer.json();
        String self = "confederation:" + slug;
        assertThat(ids(popolo.get("organizations"))).contains(self, "ods:POP001", "ods:POP002", "forum:popolo-board");
        JsonNode surgery = find(popolo.get("organizations"), "ods:POP001");
        assertThat(surgery.get("identifiers").get(0).get("scheme").asString()).isEqualTo("ODS");
        assertThat(surgery.get("classification").asString()).isEqualTo("practice");
        assertThat(find(popolo.get("memberships"), "membership:" + slug + ":POP002").get("organization_id").asString()).isEqualTo(self);

        assertThat(ids(popolo.get("persons"))).containsExactly("person:" + person);
        assertThat(ids(popolo.get("posts"))).as("the ended appointment is no post").containsExactly("appointment:" + appointment);
        JsonNode delegate = find(popolo.get("memberships"), "appointment:" + appointment + ":forum:popolo-board");
        assertThat(delegate.get("person_id").asString()).isEqualTo("person:" + person);
        assertThat(delegate.get("organization_id").asString()).isEqualTo("forum:popolo-board");
        assertThat(delegate.get("on_behalf_of_id").asString()).isEqualTo(self);
        assertThat(delegate.get("post_id").asString()).isEqualTo("appointment:" + appointment);
        assertThat(find(popolo.get("memberships"), "person:" + person + ":ods:POP001").get("role").asString()).isEqualTo("PCN Clinical Director");

        for (String reader : List.of("icb", "registrar")) {
            assertThat(http.get(reader, conf + "/popolo").raw().body()).as(reader).doesNotContain("dr.opendata").doesNotContain("Popolo Lane");
        }
        assertThat(http.get("icb", "/api/v1/confederations/no-such-confederation/popolo").status()).isEqualTo(404);
    }

    private String appoint(String conf, String person) {
        LedgerHttp.Answer appointed = http.post("registrar", conf + "/appointments", body("person", person, "forums", List.of("popolo-board"),
                "topics", List.of("*"), "ceiling", "NEGOTIATE", "from", LocalDate.now().minusDays(1).toString()));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        return appointed.json().get("id").asString();
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + items);
    }
}
