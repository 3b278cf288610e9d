package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A confederation of every active Cheshire practice, recorded over HTTP by the secretariat with
 * reach everywhere, and the figures a narrative test computes from the files to check it against:
 * REPRESENT at two fifths, NEGOTIATE at one half, AGREE at three quarters; adoption at one half;
 * feedback due seven days after a meeting.
 */
final class CheshireLedger {

    static final List<String> LEVELS = List.of("OBSERVE", "REPRESENT", "NEGOTIATE", "AGREE");
    static final Map<String, String> THRESHOLDS = Map.of("REPRESENT", "0.4", "NEGOTIATE", "0.5", "AGREE", "0.75");
    static final int FEEDBACK_DUE_DAYS = 7;
    private static final String SECRETARIAT = "registrar";

    final String slug;
    final String conf;
    final List<String> practices = CheshireFiles.activePractices();
    final Map<String, Long> patients = CheshireFiles.registeredPatients();
    final long totalPatients = practices.stream().mapToLong(patients::get).sum();
    private final LedgerHttp http;

    /** The practices whose mandates back the confederation, and those mandates, in the order granted. */
    record Backing(List<String> practices, List<String> mandates) {
    }

    CheshireLedger(LedgerHttp http, String slug) {
        this.http = http;
        this.slug = slug;
        this.conf = "/api/v1/confederations/" + slug;
    }

    /** Imports the files, forms the confederation and admits every active practice. */
    CheshireLedger form(String name) {
        assertThat(http.multipart(SECRETARIAT, "/api/v1/organisations/import", CheshireFiles.importFiles()).status()).isEqualTo(200);
        http.put(SECRETARIAT, conf, body("name", name, "place", "Cheshire East", "constitution", body("thresholds",
                body("REPRESENT", share(THRESHOLDS.get("REPRESENT")), "NEGOTIATE", share(THRESHOLDS.get("NEGOTIATE")),
                        "AGREE", share(THRESHOLDS.get("AGREE"))), "adoption", share("0.5"), "feedbackDueDays", FEEDBACK_DUE_DAYS)));
        for (String practice : practices) {
            http.put(SECRETARIAT, conf + "/members/" + practice, null);
        }
        return this;
    }

    /** The largest practices grant every topic at AGREE until both majorities of one half are met. */
    Backing grantLargestFirstUntilHalf() {
        List<String> largestFirst = new ArrayList<>(CheshireFiles.bySize(patients));
        Collections.reverse(largestFirst);
        List<String> backing = new ArrayList<>();
        List<String> mandates = new ArrayList<>();
        for (String practice : largestFirst) {
            LedgerHttp.Answer granted = http.post(SECRETARIAT, conf + "/mandates", body("grantor", practice, "topics", List.of("*"),
                    "ceiling", "AGREE", "validFrom", LocalDate.now().minusDays(1).toString()));
            assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
            mandates.add(granted.json().get("id").asString());
            backing.add(practice);
            if (meets(backing, "0.5")) {
                break;
            }
        }
        return new Backing(backing, mandates);
    }

    /** The highest level whose threshold these practices meet by count and by patients, from the files. */
    String authorityOf(List<String> backing) {
        String authority = "OBSERVE";
        for (String level : List.of("REPRESENT", "NEGOTIATE", "AGREE")) {
            if (meets(backing, THRESHOLDS.get(level))) {
                authority = level;
            }
        }
        return authority;
    }

    boolean meets(List<String> backing, String share) {
        long backed = backing.stream().mapToLong(patients::get).sum();
        return reaches(backing.size(), practices.size(), share) && reaches(backed, totalPatients, share);
    }

    String coverageAuthority(String topic) {
        return http.get(SECRETARIAT, conf + "/coverage?topic=" + topic).json().get("authority").asString();
    }

    String person(String name, String login) {
        Map<String, Object> body = new HashMap<>(body("name", name, "role", "PCN Clinical Director", "organisation", practices.get(0)));
        if (login != null) {
            body.put("login", login);
        }
        LedgerHttp.Answer person = http.post(SECRETARIAT, "/api/v1/people", body);
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        return person.json().get("id").asString();
    }

    String appoint(String person, List<String> forums, List<String> topics, String ceiling) {
        LedgerHttp.Answer appointed = http.post(SECRETARIAT, conf + "/appointments", body("person", person, "forums", forums,
                "topics", topics, "ceiling", ceiling, "from", LocalDate.now().minusDays(30).toString()));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        return appointed.json().get("id").asString();
    }

    String meeting(String forum, Instant startsAt, String title) {
        LedgerHttp.Answer meeting = http.post(SECRETARIAT, "/api/v1/meetings", body("forum", forum, "startsAt",
                startsAt.truncatedTo(ChronoUnit.SECONDS).toString(), "title", title));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        return meeting.json().get("id").asString();
    }

    String issue(String topic, String title, String scope, String reservedTo) {
        Map<String, Object> body = new HashMap<>(body("title", title, "topic", topic, "level", "PLACE", "scope", scope,
                "raisedBy", practices.get(0)));
        if (reservedTo != null) {
            body.put("reservedTo", reservedTo);
        }
        LedgerHttp.Answer raised = http.post(SECRETARIAT, conf + "/issues", body);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().get("id").asString();
    }

    JsonNode position(String issue, String statement, List<String> essential, List<String> negotiable, List<String> supporting) {
        LedgerHttp.Answer recorded = http.post(SECRETARIAT, "/api/v1/issues/" + issue + "/positions", body("statement", statement,
                "essentialTerms", essential, "negotiableTerms", negotiable, "support",
                body("for", supporting, "against", List.of(), "abstain", List.of())));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json();
    }

    /** Issues a brief as the secretariat and checks it was created. */
    JsonNode brief(String appointment, String meeting, List<Map<String, Object>> items) {
        LedgerHttp.Answer answer = http.post(SECRETARIAT, "/api/v1/briefs", body("appointment", appointment, "meeting", meeting, "items", items));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/api/v1/briefs/" + answer.json().get("id").asString());
        return answer.json();
    }

    static Map<String, Object> item(String issue, String authority) {
        return body("issue", issue, "authority", authority);
    }

    static String least(String a, String b) {
        return LEVELS.get(Math.min(LEVELS.indexOf(a), LEVELS.indexOf(b)));
    }

    private static Map<String, Object> share(String value) {
        return body("practices", new BigDecimal(value), "patients", new BigDecimal(value));
    }

    private static boolean reaches(long part, long whole, String share) {
        return BigDecimal.valueOf(part).compareTo(new BigDecimal(share).multiply(BigDecimal.valueOf(whole))) >= 0;
    }
}
