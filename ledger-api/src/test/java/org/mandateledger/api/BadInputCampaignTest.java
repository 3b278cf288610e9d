package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mandateledger.api.BadRequests.Expect;
import org.mandateledger.api.BadRequests.Param;
import org.mandateledger.api.BadRequests.Request;
import org.mandateledger.api.BadRequests.Segment;
import org.mandateledger.api.BadRequests.Target;
import tools.jackson.databind.JsonNode;

/**
 * The bad-input campaign: a property over every write endpoint — every bad request generated from
 * a valid one (see {@link BadRequests} and {@link BadImports}) is answered 4xx, as problem+json
 * with a stable upper-snake {@code code}, never 5xx, and records nothing: the event store holds as
 * many events after it as before.
 *
 * <p>Each endpoint's property runs {@code ledger.fuzz.tries} generated requests (default
 * {@value #DEFAULT_TRIES}) from the seed {@code ledger.fuzz.seed} (default: a new one each run,
 * printed); a failure names the seed and how to run it again. A longer campaign (1,000 tries took
 * about four minutes here):
 * {@code ./mvnw -o -B -ntp -pl ledger-api -am test -Dtest=BadInputCampaignTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dledger.fuzz.tries=1000}; past about 5,000 tries per endpoint (the import, the slowest, took 45 ms a try), also raise the per-test limit of
 * {@code junit-platform.properties}, {@code -Djunit.jupiter.execution.timeout.default=30m}.
 *
 * <p>Runs in the shared service (one Spring context with the other HTTP tests) on its own
 * confederation, organisations, topics and people, so nothing it does reaches another test.
 * {@code POST /admin/replay} takes no input at all and is left out: its authorisation is in
 * {@link AuthorisationMatrixTest}, and a replay here would only slow the other tests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCampaignTest extends LedgerServiceTest {

    static final int DEFAULT_TRIES = 100;
    private static final int TRIES = Integer.getInteger("ledger.fuzz.tries", DEFAULT_TRIES);
    private static final long SEED = Long.getLong("ledger.fuzz.seed", new Random().nextLong());
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private static final String SLUG = "fuzz-campaign";
    private static final String CONF = "/api/v1/confederations/" + SLUG;
    private static final String SECRETARIAT = "registrar";

    /** What the campaign writes to: recorded once, over HTTP, in the shared service. */
    private static Fixture fixture;

    private record Fixture(String person, String otherPerson, String appointment, String endingAppointment, String mandate, String issue,
                           String positionIssue, String closingIssue, String futureMeeting, String soonMeeting, Instant soonStartsAt, String futureBrief,
                           String feedbackBrief, String ratifiedBrief, String[] action) {
    }

    @BeforeEach
    void recordWhatTheCampaignWritesTo() {
        if (fixture == null) {
            assertThat(TRIES).as("-Dledger.fuzz.tries: a campaign of no tries would check nothing").isPositive();
            fixture = record();
            System.out.printf("bad-input campaign: seed %d, %d tries per endpoint (-Dledger.fuzz.seed, -Dledger.fuzz.tries)%n", SEED, TRIES);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------------------
    // One property per write endpoint

    @Test
    @Order(1)
    void put_organisation() {
        campaign(new Target("PUT /organisations/{code}", "PUT", SECRETARIAT, List.of(Segment.literal("/api/v1/organisations/"),
                Segment.param(Param.FRESH_CODE, fresh(r -> "FZR" + r))), this::organisation, Set.of("name", "kind", "registeredPatients"), false));
    }

    @Test
    @Order(2)
    void import_organisations() {
        campaign("POST /organisations/import", SECRETARIAT, BadImports::next);
    }

    @Test
    @Order(3)
    void put_topic() {
        campaign(new Target("PUT /topics/{slug}", "PUT", SECRETARIAT, List.of(Segment.literal("/api/v1/topics/"),
                Segment.param(Param.FRESH_SLUG, fresh(r -> "fzr-" + r.toLowerCase()))), () -> json(body("title", "Estates and premises",
                "parent", "fz-topic")), Set.of("title"), false));
    }

    @Test
    @Order(4)
    void put_forum() {
        campaign(new Target("PUT /forums/{slug}", "PUT", SECRETARIAT, List.of(Segment.literal("/api/v1/forums/"),
                Segment.param(Param.FRESH_SLUG, fresh(r -> "fzr-" + r.toLowerCase()))), () -> json(body("name", "Place Partnership Board",
                "level", "PLACE", "convenor", "FZ001")), Set.of("name", "level"), false));
    }

    @Test
    @Order(5)
    void post_person() {
        campaign(new Target("POST /people", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/people")), this::person,
                Set.of("name", "role", "organisation"), false));
    }

    @Test
    @Order(6)
    void post_interest() {
        campaign(new Target("POST /people/{id}/interests", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/people/"),
                Segment.param(Param.UUID, fixture::otherPerson), Segment.literal("/interests")), this::interest,
                Set.of("topic", "category", "description"), false));
    }

    @Test
    @Order(7)
    void post_meeting() {
        campaign(new Target("POST /meetings", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/meetings")), this::meeting,
                Set.of("forum", "startsAt", "title"), false));
    }

    @Test
    @Order(8)
    void put_confederation() {
        Set<String> required = Set.of("name", "place", "constitution", "constitution.thresholds", "constitution.adoption",
                "constitution.feedbackDueDays", "constitution.thresholds.REPRESENT", "constitution.thresholds.NEGOTIATE",
                "constitution.thresholds.AGREE", "constitution.thresholds.REPRESENT.practices", "constitution.thresholds.REPRESENT.patients",
                "constitution.thresholds.NEGOTIATE.practices", "constitution.thresholds.NEGOTIATE.patients",
                "constitution.thresholds.AGREE.practices", "constitution.thresholds.AGREE.patients", "constitution.adoption.practices",
                "constitution.adoption.patients");
        campaign(new Target("PUT /confederations/{slug}", "PUT", SECRETARIAT, List.of(Segment.literal("/api/v1/confederations/"),
                Segment.param(Param.FRESH_SLUG, fresh(r -> "fzr-" + r.toLowerCase()))), this::confederation, required, false));
    }

    @Test
    @Order(9)
    void put_member() {
        campaign(new Target("PUT /confederations/{slug}/members/{code}", "PUT", SECRETARIAT, List.of(Segment.literal("/api/v1/confederations/"),
                Segment.param(Param.SLUG, () -> SLUG), Segment.literal("/members/"), Segment.param(Param.CODE, () -> "FZ002")), null, Set.of(),
                false));
    }

    @Test
    @Order(10)
    void delete_member() {
        campaign(new Target("DELETE /confederations/{slug}/members/{code}", "DELETE", SECRETARIAT,
                List.of(Segment.literal("/api/v1/confederations/"), Segment.param(Param.SLUG, () -> SLUG), Segment.literal("/members/"),
                        Segment.param(Param.CODE, () -> "FZ003")), null, Set.of(), false));
    }

    @Test
    @Order(11)
    void post_mandate() {
        campaign(new Target("POST /confederations/{slug}/mandates", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/confederations/"),
                Segment.param(Param.SLUG, () -> SLUG), Segment.literal("/mandates")), this::mandate,
                Set.of("grantor", "topics", "ceiling", "validFrom", "topics[0]"), false));
    }

    @Test
    @Order(12)
    void post_withdrawal() {
        campaign(new Target("POST /mandates/{id}/withdrawal", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/mandates/"),
                Segment.param(Param.UUID, fixture::mandate), Segment.literal("/withdrawal")),
                () -> json(body("reason", "The practice's partners voted to withdraw")), Set.of("reason"), false));
    }

    @Test
    @Order(13)
    void post_issue() {
        campaign(new Target("POST /confederations/{slug}/issues", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/confederations/"),
                Segment.param(Param.SLUG, () -> SLUG), Segment.literal("/issues")), this::issue,
                Set.of("title", "topic", "level", "scope", "reservedTo", "raisedBy"), false));
    }

    @Test
    @Order(14)
    void post_position() {
        campaign(new Target("POST /issues/{id}/positions", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/issues/"),
                Segment.param(Param.UUID, fixture::positionIssue), Segment.literal("/positions")), this::position,
                Set.of("statement", "support"), false));
    }

    @Test
    @Order(15)
    void post_closure() {
        campaign(new Target("POST /issues/{id}/closure", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/issues/"),
                Segment.param(Param.UUID, fixture::closingIssue), Segment.literal("/closure")),
                () -> json(body("reason", "Superseded by the national contract")), Set.of("reason"), false));
    }

    @Test
    @Order(16)
    void post_appointment() {
        campaign(new Target("POST /confederations/{slug}/appointments", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/confederations/"),
                Segment.param(Param.SLUG, () -> SLUG), Segment.literal("/appointments")), this::appointment,
                Set.of("person", "forums", "topics", "ceiling", "from", "forums[0]", "topics[0]"), false));
    }

    @Test
    @Order(17)
    void post_appointment_end() {
        campaign(new Target("POST /appointments/{id}/end", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/appointments/"),
                Segment.param(Param.UUID, fixture::endingAppointment), Segment.literal("/end")),
                () -> json(body("reason", "Stood down at the annual meeting")), Set.of("reason"), false));
    }

    @Test
    @Order(18)
    void post_brief() {
        campaign(new Target("POST /briefs", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/briefs")), this::brief,
                Set.of("appointment", "meeting", "items", "items[0]", "items[0].issue", "items[0].authority"), false));
    }

    @Test
    @Order(19)
    void post_acknowledgement() {
        campaign(new Target("POST /briefs/{id}/acknowledgement", "POST", "fz-delegate", List.of(Segment.literal("/api/v1/briefs/"),
                Segment.param(Param.UUID, fixture::futureBrief), Segment.literal("/acknowledgement")), null, Set.of(), false));
    }

    @Test
    @Order(20)
    void post_feedback() {
        awaitSoonMeeting();
        campaign(new Target("POST /briefs/{id}/feedback", "POST", "fz-delegate", List.of(Segment.literal("/api/v1/briefs/"),
                Segment.param(Param.UUID, fixture::feedbackBrief), Segment.literal("/feedback")), this::feedback,
                Set.of("items", "items[0]", "items[0].issue", "items[0].outcome", "unbriefed[0].topic", "actions[0].description",
                        "actions[0].owner", "actions[0].due"), false));
    }

    @Test
    @Order(21)
    void post_ratification() {
        awaitRatifiedBrief();
        campaign(new Target("POST /briefs/{id}/items/{issue}/ratification", "POST", "fz-chair", List.of(Segment.literal("/api/v1/briefs/"),
                Segment.param(Param.UUID, fixture::ratifiedBrief), Segment.literal("/items/"), Segment.param(Param.UUID, fixture::issue),
                Segment.literal("/ratification")), () -> json(body("decision", "RATIFIED", "note", "Practices' meeting, 20 June")),
                Set.of("decision"), false));
    }

    @Test
    @Order(22)
    void post_action_completion() {
        awaitRatifiedBrief();
        campaign(new Target("POST /actions/{id}/completion", "POST", SECRETARIAT, List.of(Segment.literal("/api/v1/actions/"),
                Segment.param(Param.UUID, () -> fixture.action()[0]), Segment.literal("/completion")),
                () -> json(body("note", "Sent to the ICB on 24 June")), Set.of(), true));
    }

    @Test
    @Order(23)
    void post_erasure() {
        String erasable = id(created(http.post(SECRETARIAT, "/api/v1/people", person())));
        campaign(new Target("POST /admin/erasures", "POST", "ops", List.of(Segment.literal("/api/v1/admin/erasures")),
                () -> json(body("person", erasable, "ground", "PERSON_ASKED")), Set.of("person", "ground"), false));
    }

    // ---------------------------------------------------------------------------------------------------------------------------
    // The property

    private void campaign(Target target) {
        campaign(target.name(), target.user(), random -> BadRequests.next(random, target));
    }

    /** Sends the endpoint's tries and checks each; all failures are reported together, with the seed. */
    private void campaign(String endpoint, String user, Function<Random, Request> generator) {
        long seed = SEED ^ endpoint.hashCode();
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        int accepted = 0;
        long started = System.nanoTime();
        for (int i = 0; i < TRIES; i++) {
            Request request = generator.apply(random);
            long before = eventStore.count();
            LedgerHttp.Answer answer;
            try {
                answer = http.bytes(user, request.method(), request.path(), request.body(), request.contentType(), request.chunked());
            } catch (RuntimeException e) {
                failures.add("try " + i + ": no answer (" + e + ") to " + request.describe());
                continue;
            }
            long after = eventStore.count();
            statuses.merge(answer.status(), 1, Integer::sum);
            String problem = judge(request, answer, before, after);
            if (problem != null) {
                failures.add("try " + i + ": " + problem + "\n    request: " + request.describe() + "\n    answer:  " + answer.status() + " "
                        + answer.contentType() + " " + BadRequests.abbreviate(answer.raw().body(), 500));
            } else if (answer.status() < 400) {
                accepted++;
            } else {
                codes.merge(answer.json().get("code").asString(), 1, Integer::sum);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("bad-input campaign: %-48s %4d tries in %6d ms, %d failed, %d legal and accepted; statuses %s; codes %s%n",
                endpoint, TRIES, millis, failures.size(), accepted, statuses, codes);
        assertThat(failures).as("%s: %d of %d bad requests were not refused properly (seed %d; run again with -Dledger.fuzz.seed=%d "
                + "-Dledger.fuzz.tries=%d -Dtest=BadInputCampaignTest)", endpoint, failures.size(), TRIES, SEED, SEED, TRIES).isEmpty();
    }

    /** Null if the answer is right for the request; else what is wrong with it. */
    private static String judge(Request request, LedgerHttp.Answer answer, long before, long after) {
        int status = answer.status();
        if (status >= 500) {
            return "a " + status + " for a client's request";
        }
        if (status < 400) {
            if (request.expect() == Expect.REFUSED) {
                return "accepted (" + status + ")" + (after != before ? ", recording " + (after - before) + " events" : "");
            }
            return null;
        }
        String type = answer.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return "a " + status + " as " + type + ", not application/problem+json";
        }
        JsonNode code = answer.json() == null ? null : answer.json().get("code");
        if (code == null || !code.isString() || !CODE.matcher(code.asString()).matches()) {
            return "a " + status + " without an upper-snake code";
        }
        if (after != before) {
            return "refused (" + status + " " + code.asString() + ") yet " + (after - before) + " events recorded";
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------------------
    // Valid bodies, copied from the narratives

    private JsonNode organisation() {
        return json(body("name", "FUZZ NEW PRACTICE", "kind", "PRACTICE", "registeredPatients", 4200, "listSizeDate", "2026-04-01",
                "pcn", "UFZ01"));
    }

    private JsonNode person() {
        return json(body("name", "Dr Erin Evans", "role", "PCN Clinical Director", "organisation", "FZ001", "login", "fz.someone"));
    }

    private JsonNode interest() {
        return json(body("topic", "fz-topic", "category", "FINANCIAL", "description", "partner in a company bidding for the extended access contract"));
    }

    private JsonNode meeting() {
        return json(body("forum", "fz-forum", "startsAt", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "title", "Place Partnership Board"));
    }

    private JsonNode confederation() {
        return json(body("name", "Fuzz confederation", "place", "Cheshire East", "constitution", body("thresholds",
                body("REPRESENT", share("0.4"), "NEGOTIATE", share("0.5"), "AGREE", share("0.75")), "adoption", share("0.5"),
                "feedbackDueDays", 7)));
    }

    private JsonNode mandate() {
        return json(body("grantor", "FZ003", "topics", List.of("fz-child"), "ceiling", "REPRESENT", "validFrom",
                LocalDate.now().minusDays(1).toString(), "validUntil", LocalDate.now().plusDays(365).toString(), "terms",
                "Only on estates", "evidence", "Partners' meeting minutes, 3 June"));
    }

    private JsonNode issue() {
        return json(body("title", "PCN workforce plan", "topic", "fz-topic", "level", "PLACE", "scope", "RESERVED", "reservedTo", "UFZ01",
                "raisedBy", "FZ001", "description", "How the PCN's additional roles are shared"));
    }

    private JsonNode position() {
        return json(body("statement", "Same-day access within core hours, funded at the national rate", "essentialTerms",
                List.of("No unfunded extension of core hours"), "negotiableTerms", List.of("Hub location", "Start date"), "support",
                body("for", List.of("FZ001", "FZ002"), "against", List.of(), "abstain", List.of("FZ003")), "agreedAt",
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    private JsonNode appointment() {
        return json(body("person", fixture == null ? null : fixture.person(), "forums", List.of("fz-forum"), "topics", List.of("fz-topic"),
                "ceiling", "REPRESENT", "from", LocalDate.now().minusDays(30).toString(), "until", LocalDate.now().plusDays(300).toString()));
    }

    private JsonNode brief() {
        return json(body("appointment", fixture.appointment(), "meeting", fixture.futureMeeting(), "items", List.of(body("issue",
                fixture.issue(), "authority", "NEGOTIATE", "mayConcede", List.of("N2"), "referBack", List.of("Any change to core hours"),
                "notes", "Open with the practices' access data"))));
    }

    private JsonNode feedback() {
        return feedbackFor(fixture.issue());
    }

    private static JsonNode feedbackFor(String issue) {
        return json(body(
                "items", List.of(body("issue", issue, "outcome", "AGREED", "summary", "Agreed a hub at Macclesfield from April",
                        "conceded", List.of("N2"), "commitments", List.of("Hub open from 1 April"))),
                "unbriefed", List.of(body("topic", "fz-child", "summary", "Asked about the health centre lease")),
                "actions", List.of(body("description", "Send the access figures to the ICB", "owner", "FZ001",
                        "due", LocalDate.now().plusDays(3).toString()))));
    }

    private static Map<String, Object> share(String value) {
        return body("practices", new java.math.BigDecimal(value), "patients", new java.math.BigDecimal(value));
    }

    private static JsonNode json(Object body) {
        return LedgerHttp.JSON.valueToTree(body);
    }

    /** A fresh natural key per try, drawn from the campaign's own sequence so that a seed repeats it. */
    private static Supplier<String> fresh(Function<String, String> key) {
        Random keys = new Random(SEED);
        return () -> key.apply(Long.toString(keys.nextLong() & 0xFFFFFFFFFL, 36).toUpperCase());
    }

    // ---------------------------------------------------------------------------------------------------------------------------
    // The fixture: recorded through the API with the valid bodies above, each checked to be accepted

    private Fixture record() {
        created(http.put(SECRETARIAT, "/api/v1/organisations/UFZ01", body("name", "FUZZ PCN", "kind", "PCN")));
        created(http.put(SECRETARIAT, "/api/v1/organisations/FZ001", body("name", "FUZZ PRACTICE ONE", "kind", "PRACTICE",
                "registeredPatients", 1000, "listSizeDate", "2026-04-01", "pcn", "UFZ01")));
        created(http.put(SECRETARIAT, "/api/v1/organisations/FZ002", body("name", "FUZZ PRACTICE TWO", "kind", "PRACTICE",
                "registeredPatients", 2000)));
        created(http.put(SECRETARIAT, "/api/v1/organisations/FZ003", body("name", "FUZZ PRACTICE THREE", "kind", "PRACTICE",
                "registeredPatients", 500)));
        created(http.put(SECRETARIAT, "/api/v1/organisations/FZR-VALID", organisation()));
        created(http.put(SECRETARIAT, "/api/v1/topics/fz-topic", body("title", "Access")));
        created(http.put(SECRETARIAT, "/api/v1/topics/fz-child", body("title", "Urgent care", "parent", "fz-topic")));
        created(http.put(SECRETARIAT, "/api/v1/forums/fz-forum", body("name", "Place Partnership Board", "level", "PLACE", "convenor", "FZ001")));
        created(http.put(SECRETARIAT, CONF, confederation()));
        for (String member : List.of("FZ001", "FZ002", "FZ003")) {
            created(http.put(SECRETARIAT, CONF + "/members/" + member, null));
        }
        for (String grantor : List.of("FZ001", "FZ002")) {
            created(http.post(SECRETARIAT, CONF + "/mandates", body("grantor", grantor, "topics", List.of("*"), "ceiling", "AGREE",
                    "validFrom", LocalDate.now().minusDays(1).toString())));
        }
        String mandate = id(created(http.post(SECRETARIAT, CONF + "/mandates", mandate())));
        String issue = id(created(http.post(SECRETARIAT, CONF + "/issues", body("title", "Same-day urgent appointments", "topic", "fz-topic",
                "level", "PLACE", "scope", "COLLECTIVE", "raisedBy", "FZ001"))));
        String closingIssue = id(created(http.post(SECRETARIAT, CONF + "/issues", issue())));
        // Positions are tried on an issue of their own: a position recorded after all (with less support, say) changes nothing else.
        String positionIssue = id(created(http.post(SECRETARIAT, CONF + "/issues", body("title", "Extended access hubs", "topic", "fz-topic",
                "level", "PLACE", "scope", "COLLECTIVE", "raisedBy", "FZ001"))));
        created(http.post(SECRETARIAT, "/api/v1/issues/" + positionIssue + "/positions", position()));
        assertThat(created(http.post(SECRETARIAT, "/api/v1/issues/" + issue + "/positions", position())).json().get("adopted").asBoolean())
                .isTrue();
        String person = id(created(http.post(SECRETARIAT, "/api/v1/people", body("name", "Dr Fay Fuzz", "role", "PCN Clinical Director",
                "organisation", "FZ001", "login", "fz.delegate"))));
        String otherPerson = id(created(http.post(SECRETARIAT, "/api/v1/people", person())));
        created(http.post(SECRETARIAT, "/api/v1/people/" + otherPerson + "/interests", interest()));
        String appointment = id(created(http.post(SECRETARIAT, CONF + "/appointments", body("person", person, "forums", List.of("*"),
                "topics", List.of("*"), "ceiling", "NEGOTIATE", "from", LocalDate.now().minusDays(30).toString()))));
        Fixture partial = new Fixture(person, otherPerson, appointment, null, mandate, issue, positionIssue, closingIssue, null, null, null, null, null, null,
                null);
        fixture = partial;
        String endingAppointment = id(created(http.post(SECRETARIAT, CONF + "/appointments", appointment())));
        // Two meetings soon: a brief to feed back on in the campaign, and one fed back on before it (to ratify, and its action).
        Instant soon = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
        String soonMeeting = id(created(http.post(SECRETARIAT, "/api/v1/meetings", body("forum", "fz-forum", "startsAt", soon.toString(),
                "title", "Board, soon"))));
        String otherSoonMeeting = id(created(http.post(SECRETARIAT, "/api/v1/meetings", body("forum", "fz-forum", "startsAt", soon.toString(),
                "title", "Committee, soon"))));
        String futureMeeting = id(created(http.post(SECRETARIAT, "/api/v1/meetings", meeting())));
        var item = List.of(body("issue", issue, "authority", "NEGOTIATE", "mayConcede", List.of("N2")));
        String feedbackBrief = id(created(http.post(SECRETARIAT, "/api/v1/briefs", body("appointment", appointment, "meeting", soonMeeting,
                "items", item))));
        String ratifiedBrief = id(created(http.post(SECRETARIAT, "/api/v1/briefs", body("appointment", appointment, "meeting", otherSoonMeeting,
                "items", item))));
        assertThat(Instant.now()).as("the briefs were issued before their meetings started").isBefore(soon);
        fixture = new Fixture(person, otherPerson, appointment, endingAppointment, mandate, issue, positionIssue, closingIssue, futureMeeting, soonMeeting, soon,
                null, feedbackBrief, ratifiedBrief, new String[1]);
        String futureBrief = id(created(http.post(SECRETARIAT, "/api/v1/briefs", brief())));
        return new Fixture(person, otherPerson, appointment, endingAppointment, mandate, issue, positionIssue, closingIssue, futureMeeting, soonMeeting, soon,
                futureBrief, feedbackBrief, ratifiedBrief, new String[1]);
    }

    private static void awaitSoonMeeting() {
        await().atMost(Duration.ofSeconds(60)).until(() -> Instant.now().isAfter(fixture.soonStartsAt()));
    }

    /** The second brief fed back on (with the feedback body the campaign mutates): an outcome to ratify and an action to complete. */
    private void awaitRatifiedBrief() {
        if (fixture.action()[0] != null) {
            return;
        }
        awaitSoonMeeting();
        LedgerHttp.Answer fedBack = created(http.post("fz-delegate", "/api/v1/briefs/" + fixture.ratifiedBrief() + "/feedback", feedback()));
        assertThat(fedBack.json().get("findings").valueStream().map(f -> f.get("type").asString()).toList())
                .contains("AWAITING_RATIFICATION");
        List<JsonNode> picked = http.get(SECRETARIAT, CONF + "/actions?status=OPEN").json().get("items").valueStream()
                .filter(a -> a.get("brief").asString().equals(fixture.ratifiedBrief())).toList();
        assertThat(picked).hasSize(1);
        fixture.action()[0] = picked.get(0).get("id").asString();
    }

    private static LedgerHttp.Answer created(LedgerHttp.Answer answer) {
        assertThat(answer.status()).as("the campaign's starting point must be valid: %s", answer).isIn(200, 201);
        return answer;
    }

    private static String id(LedgerHttp.Answer answer) {
        return answer.json().get("id").asString();
    }
}
