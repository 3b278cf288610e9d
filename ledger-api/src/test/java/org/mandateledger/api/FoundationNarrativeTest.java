package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The story of a confederation on the real Cheshire files: the practices are imported, the
 * confederation is formed, practices grant mandates, and the confederation's authority follows
 * the dual majority of practices and registered patients — rising with grants, falling with
 * withdrawals, and answered exactly as it was at any past instant. Every expected figure is
 * computed here from the files, never taken from the service.
 */
class FoundationNarrativeTest extends LedgerServiceTest {

    private static final String CONF = "/api/v1/confederations/" + LedgerTestUsers.CONFEDERATION;
    private static final Map<String, Object> HALF = body("practices", 0.5, "patients", 0.5);

    @Test
    void a_confederation_speaks_with_the_authority_its_practices_give_it() {
        List<String> practices = CheshireFiles.activePractices();
        Map<String, Long> patients = CheshireFiles.registeredPatients();
        long totalPatients = practices.stream().mapToLong(patients::get).sum();

        // The NHS files as published: active GP practices and PCNs registered, the rest skipped with reasons.
        // (Other tests share this ledger and may have imported them already: those count as unchanged.)
        List<String> cheshire = new ArrayList<>(practices);
        cheshire.addAll(CheshireFiles.currentPcns());
        long known = cheshire.stream().filter(code -> http.get("sec", "/api/v1/organisations/" + code).status() == 200).count();
        LedgerHttp.Answer imported = http.multipart("sec", "/api/v1/organisations/import", CheshireFiles.importFiles());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("registered").asInt()).isEqualTo(cheshire.size() - known);
        assertThat(imported.json().get("unchanged").asInt()).isEqualTo(known);
        assertThat(imported.json().get("skipped")).hasSize(CheshireFiles.epraccurRows() - practices.size());
        assertThat(imported.header("Ledger-Position")).isNotNull();

        // Importing the same files again appends nothing.
        long eventsBefore = eventStore.count();
        LedgerHttp.Answer again = http.multipart("sec", "/api/v1/organisations/import", CheshireFiles.importFiles());
        assertThat(again.json().get("registered").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isZero();
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(practices.size() + CheshireFiles.currentPcns().size());
        assertThat(eventStore.count()).isEqualTo(eventsBefore);

        JsonNode audlem = http.get("sec", "/api/v1/organisations/N81001").json();
        assertThat(audlem.get("kind").asString()).isEqualTo("PRACTICE");
        assertThat(audlem.get("registeredPatients").asLong()).isEqualTo(patients.get("N81001"));
        assertThat(audlem.get("pcn").asString()).isEqualTo("U29951");

        assertThat(http.put("sec", "/api/v1/organisations/LMC-CHESHIRE", body("name", "Cheshire LMC", "kind", "LMC")).status()).isEqualTo(201);
        assertThat(http.put("sec", "/api/v1/topics/access", body("title", "Urgent same-day access")).status()).isEqualTo(201);
        assertThat(http.put("sec", "/api/v1/topics/urgent-care", body("title", "Urgent care", "parent", "access")).status()).isEqualTo(201);
        assertThat(http.put("sec", "/api/v1/topics/estates", body("title", "Estates")).status()).isEqualTo(201);

        LedgerHttp.Answer formed = http.put("chair", CONF, body("name", "Cheshire East GP Confederation", "place", "Cheshire East",
                "constitution", body("thresholds", body("REPRESENT", HALF, "NEGOTIATE", HALF,
                                "AGREE", body("practices", 0.75, "patients", 0.75)),
                        "adoption", HALF, "feedbackDueDays", 7)));
        assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
        for (String practice : practices) {
            assertThat(http.put("sec", CONF + "/members/" + practice, null).status()).isEqualTo(201);
        }
        assertThat(http.put("sec", CONF + "/members/LMC-CHESHIRE", null).status()).isEqualTo(201);
        JsonNode confederation = http.get("chair", CONF).json();
        assertThat(confederation.get("totals").get("practices").asLong()).isEqualTo(practices.size());
        assertThat(confederation.get("totals").get("patients").asLong()).isEqualTo(totalPatients);

        // The many small practices grant: a head count alone would give authority, the patients withhold it.
        List<String> smallestFirst = CheshireFiles.bySize(patients);
        List<String> small = smallestFirst.subList(0, 40);
        Map<String, String> starMandates = new HashMap<>();
        for (String practice : small) {
            starMandates.put(practice, grant(practice, List.of("*"), "NEGOTIATE"));
        }
        Expected estates = new Expected(practices, patients);
        small.forEach(p -> estates.back(p, "NEGOTIATE"));
        assertThat(estates.met("REPRESENT", "0.5")).as("premise: the head count of the small practices alone").isFalse();
        assertThat(estates.countMet("0.5")).as("premise: 40 of 79 practices is a majority by head count").isTrue();
        assertCoverage("estates", estates);
        assertThat(coverage("estates").get("authority").asString()).isEqualTo("OBSERVE");

        // The largest practices grant on access, which covers urgent-care: enough of them to carry both majorities.
        List<String> largestFirst = new ArrayList<>(smallestFirst);
        Collections.reverse(largestFirst);
        Expected urgentCare = new Expected(practices, patients);
        small.forEach(p -> urgentCare.back(p, "NEGOTIATE"));
        Map<String, String> accessMandates = new HashMap<>();
        for (String practice : largestFirst) {
            accessMandates.put(practice, grant(practice, List.of("access"), "AGREE"));
            urgentCare.back(practice, "AGREE");
            if (urgentCare.met("NEGOTIATE", "0.5")) {
                break;
            }
        }
        assertThat(urgentCare.authority()).isIn("NEGOTIATE", "AGREE");
        assertCoverage("urgent-care", urgentCare);
        assertCoverage("access", urgentCare);
        assertCoverage("estates", estates);

        Instant beforeWithdrawal = Instant.now();
        JsonNode asItWas = http.get("chair", CONF + "/coverage?topic=urgent-care&at=" + beforeWithdrawal).json();

        // One large practice withdraws: the dual majority is lost at once, nobody has to remember to lower it.
        String withdrawing = largestFirst.get(0);
        LedgerHttp.Answer withdrawn = http.post("sec", "/api/v1/mandates/" + accessMandates.get(withdrawing) + "/withdrawal",
                body("reason", "practice meeting rescinded the grant"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        urgentCare.unback(withdrawing);
        assertThat(urgentCare.authority()).isEqualTo("OBSERVE");
        assertCoverage("urgent-care", urgentCare);
        assertThat(http.post("sec", "/api/v1/mandates/" + accessMandates.get(withdrawing) + "/withdrawal",
                body("reason", "again")).status()).isEqualTo(409);

        // As at an instant before the withdrawal, coverage is what it was then.
        JsonNode asAtThen = http.get("chair", CONF + "/coverage?topic=urgent-care&at=" + beforeWithdrawal).json();
        assertThat(asAtThen).isEqualTo(asItWas);
        assertThat(asAtThen.get("authority").asString()).isEqualTo(urgentCare.authorityBefore);

        // A practice's new mandate on an overlapping scope supersedes its old one.
        String regranting = small.get(0);
        grant(regranting, List.of("*"), "REPRESENT");
        JsonNode old = http.get("sec", "/api/v1/mandates/" + starMandates.get(regranting)).json();
        assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
        estates.back(regranting, "REPRESENT");
        assertCoverage("estates", estates);
        assertThat(http.get("sec", CONF + "/mandates?grantor=" + regranting + "&status=ACTIVE").json().get("items")).hasSize(1);
    }

    private String grant(String practice, List<String> topics, String ceiling) {
        LedgerHttp.Answer granted = http.post("sec", CONF + "/mandates", body("grantor", practice, "topics", topics,
                "ceiling", ceiling, "validFrom", LocalDate.now().minusDays(1).toString(), "evidence", "practice meeting minute"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(granted.header("Location")).endsWith("/api/v1/mandates/" + granted.json().get("id").asString());
        return granted.json().get("id").asString();
    }

    private JsonNode coverage(String topic) {
        LedgerHttp.Answer answer = http.get("chair", CONF + "/coverage?topic=" + topic);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private void assertCoverage(String topic, Expected expected) {
        JsonNode coverage = coverage(topic);
        assertThat(coverage.get("totals").get("practices").asLong()).isEqualTo(expected.practices.size());
        assertThat(coverage.get("totals").get("patients").asLong()).isEqualTo(expected.totalPatients());
        for (JsonNode level : coverage.get("levels")) {
            String name = level.get("level").asString();
            assertThat(level.get("practices").asLong()).as(topic + " " + name + " practices").isEqualTo(expected.backing(name).size());
            assertThat(level.get("patients").asLong()).as(topic + " " + name + " patients").isEqualTo(expected.patientsOf(expected.backing(name)));
            assertThat(level.get("met").asBoolean()).as(topic + " " + name + " met").isEqualTo(expected.met(name, level.get("threshold").get("practices").asString()));
        }
        assertThat(coverage.get("authority").asString()).as(topic + " authority").isEqualTo(expected.authority());
    }

    /** The test's own reckoning of coverage: each backing practice and its ceiling, thresholds ½, ½, ¾. */
    private static final class Expected {
        private static final List<String> LEVELS = List.of("OBSERVE", "REPRESENT", "NEGOTIATE", "AGREE");
        private static final Map<String, String> THRESHOLD = Map.of("REPRESENT", "0.5", "NEGOTIATE", "0.5", "AGREE", "0.75");
        final List<String> practices;
        final Map<String, Long> patients;
        final Map<String, String> ceilings = new HashMap<>();
        String authorityBefore;

        Expected(List<String> practices, Map<String, Long> patients) {
            this.practices = practices;
            this.patients = patients;
        }

        void back(String practice, String ceiling) {
            ceilings.put(practice, ceiling);
        }

        void unback(String practice) {
            authorityBefore = authority();
            ceilings.remove(practice);
        }

        List<String> backing(String level) {
            List<String> backing = new ArrayList<>();
            ceilings.forEach((p, c) -> {
                if (LEVELS.indexOf(c) >= LEVELS.indexOf(level)) {
                    backing.add(p);
                }
            });
            return backing;
        }

        long patientsOf(List<String> codes) {
            return codes.stream().mapToLong(patients::get).sum();
        }

        long totalPatients() {
            return patientsOf(practices);
        }

        boolean countMet(String share) {
            return reaches(backing("REPRESENT").size(), practices.size(), share);
        }

        boolean met(String level, String share) {
            List<String> backing = backing(level);
            return reaches(backing.size(), practices.size(), share) && reaches(patientsOf(backing), totalPatients(), share);
        }

        String authority() {
            String authority = "OBSERVE";
            for (String level : List.of("REPRESENT", "NEGOTIATE", "AGREE")) {
                if (met(level, THRESHOLD.get(level))) {
                    authority = level;
                }
            }
            return authority;
        }

        private static boolean reaches(long part, long whole, String share) {
            return whole > 0 && BigDecimal.valueOf(part).compareTo(new BigDecimal(share).multiply(BigDecimal.valueOf(whole))) >= 0;
        }
    }
}
