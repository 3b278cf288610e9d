package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.projections.coverage.CoverageQueries;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A mandate's life as the read models tell it, now and as at other instants: a renewal granted
 * ahead of time replaces the old mandate only from its first day, a mandate lapses after its last
 * day without anyone recording it, and a practice that leaves takes its mandates with it.
 */
class MandateLifecycleTest extends LedgerServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Each test has a confederation of its own; the practices are shared reference data. */
    private final String CONF = "/api/v1/confederations/lifecycle-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, Object> HALF = body("practices", 0.5, "patients", 0.5);
    private static final Map<String, Object> ALL = body("practices", 1, "patients", 1);

    private final LocalDate today = LocalDate.now(LONDON);

    @Autowired
    CoverageQueries coverageQueries;

    @BeforeEach
    void twoEqualPracticesInAConfederation() {
        http.put("registrar", "/api/v1/organisations/LIF001", body("name", "Lifecycle One", "kind", "PRACTICE", "registeredPatients", 1000));
        http.put("registrar", "/api/v1/organisations/LIF002", body("name", "Lifecycle Two", "kind", "PRACTICE", "registeredPatients", 1000));
        http.put("registrar", "/api/v1/topics/lifecycle", body("title", "Lifecycle"));
        http.put("registrar", CONF, body("name", "Lifecycle", "place", "Nowhere", "constitution",
                body("thresholds", body("REPRESENT", HALF, "NEGOTIATE", HALF, "AGREE", ALL), "adoption", HALF, "feedbackDueDays", 7)));
        http.put("registrar", CONF + "/members/LIF001", null);
        http.put("registrar", CONF + "/members/LIF002", null);
    }

    @Test
    void a_renewal_granted_ahead_of_time_takes_over_only_on_its_first_day() {
        String current = grant("LIF001", "NEGOTIATE", today.minusDays(30), null);
        LocalDate renewalStarts = today.plusDays(10);
        grant("LIF001", "AGREE", renewalStarts, null);

        JsonNode old = http.get("registrar", "/api/v1/mandates/" + current).json();
        assertThat(old.get("status").asString()).as("still counting until the renewal starts").isEqualTo("ACTIVE");
        assertThat(old.get("supersededFrom").asString()).isEqualTo(renewalStarts.toString());

        assertThat(backing(coverage(null), "NEGOTIATE")).isEqualTo(1);
        assertThat(backing(coverage(null), "AGREE")).isZero();
        String dayBefore = renewalStarts.minusDays(1).atTime(12, 0).atZone(LONDON).toInstant().toString();
        assertThat(backing(coverage(dayBefore), "NEGOTIATE")).as("the old mandate counts on the day before").isEqualTo(1);
        assertThat(backing(coverage(dayBefore), "AGREE")).isZero();
        String firstDay = renewalStarts.atTime(12, 0).atZone(LONDON).toInstant().toString();
        assertThat(backing(coverage(firstDay), "AGREE")).as("the renewal counts from its first day").isEqualTo(1);
    }

    @Test
    void a_mandate_lapses_after_its_last_day_without_any_record() {
        // The last day is tomorrow: an instant late today would come before the confederation was recorded if the test
        // ran after it (a run at 23:04 asked about 23:00 and was told the confederation did not exist yet).
        LocalDate last = today.plusDays(1);
        grant("LIF002", "REPRESENT", today.minusDays(5), last);
        String lastDay = last.atTime(23, 0).atZone(LONDON).toInstant().toString();
        String dayAfter = last.plusDays(1).atTime(9, 0).atZone(LONDON).toInstant().toString();
        assertThat(backing(coverage(lastDay), "REPRESENT")).isEqualTo(1);
        assertThat(coverage(lastDay).get("authority").asString()).isEqualTo("REPRESENT");
        assertThat(backing(coverage(dayAfter), "REPRESENT")).isZero();
        assertThat(coverage(dayAfter).get("authority").asString()).isEqualTo("OBSERVE");
    }

    @Test
    void a_practice_that_leaves_takes_its_mandates_with_it() {
        String mandate = grant("LIF002", "AGREE", today, null);
        LedgerHttp.Answer left = http.delete("registrar", CONF + "/members/LIF002");
        assertThat(left.status()).isEqualTo(200);
        assertThat(left.json().get("totals").get("practices").asInt()).isEqualTo(1);
        JsonNode withdrawn = http.get("registrar", "/api/v1/mandates/" + mandate).json();
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("withdrawalReason").asString()).isEqualTo("the grantor left the confederation");
        assertThat(coverage(null).get("totals").get("practices").asInt()).isEqualTo(1);
        assertThat(http.delete("registrar", CONF + "/members/LIF002").status()).as("leaving twice").isEqualTo(409);
    }

    /**
     * Coverage at many instants read in one go (the topic page's chart) follows membership, list sizes,
     * mandates and their validity exactly as the read at one instant does; the authorities here are
     * worked out by hand from the constitution (half for REPRESENT and NEGOTIATE, all for AGREE).
     */
    @Test
    void the_authority_over_time_read_at_once_follows_each_change_as_at_its_instant() {
        Instant beforeFormed = Instant.now().minus(1, ChronoUnit.HOURS);
        grant("LIF001", "REPRESENT", today.minusDays(30), today.plusDays(3));
        Instant oneRepresents = Instant.now();
        grant("LIF002", "AGREE", today.minusDays(1), null);
        Instant oneOfTwoAgrees = Instant.now();
        assertThat(http.delete("registrar", CONF + "/members/LIF001").status()).isEqualTo(200);
        Instant theOnlyMemberAgrees = Instant.now();
        Instant nextWeek = today.plusDays(7).atTime(12, 0).atZone(LONDON).toInstant();
        coverage(null); // the read models have caught up with every write above

        String slug = CONF.substring(CONF.lastIndexOf('/') + 1);
        List<Instant> instants = List.of(beforeFormed, oneRepresents, oneOfTwoAgrees, theOnlyMemberAgrees, nextWeek);
        Map<Instant, CoverageQueries.Answer> answers = coverageQueries.coverages(slug, "lifecycle", instants);

        assertThat(answers.get(beforeFormed).unknown()).isEqualTo(CoverageQueries.Unknown.CONFEDERATION);
        assertThat(instants.subList(1, instants.size()).stream()
                .map(at -> answers.get(at).coverage().orElseThrow().authority().name()).toList())
                .containsExactly("REPRESENT", "NEGOTIATE", "AGREE", "AGREE");
        assertThat(answers.get(oneOfTwoAgrees).coverage().orElseThrow().totals().practices()).isEqualTo(2);
        assertThat(answers.get(nextWeek).coverage().orElseThrow().totals().patients()).isEqualTo(1000);
    }

    private String grant(String grantor, String ceiling, LocalDate from, LocalDate until) {
        var request = body("grantor", grantor, "topics", List.of("*"), "ceiling", ceiling, "validFrom", from.toString());
        if (until != null) {
            request.put("validUntil", until.toString());
        }
        LedgerHttp.Answer granted = http.post("registrar", CONF + "/mandates", request);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.json().get("id").asString();
    }

    private JsonNode coverage(String at) {
        LedgerHttp.Answer answer = http.get("registrar", CONF + "/coverage?topic=lifecycle" + (at == null ? "" : "&at=" + at));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static long backing(JsonNode coverage, String level) {
        for (JsonNode l : coverage.get("levels")) {
            if (l.get("level").asString().equals(level)) {
                return l.get("practices").asLong();
            }
        }
        throw new AssertionError("no level " + level + " in " + coverage);
    }
}
