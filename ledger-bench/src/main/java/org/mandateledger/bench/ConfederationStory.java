package org.mandateledger.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * One confederation's life in the ledger, as its secretariat and delegates record it: formed for its
 * place, its practices admitted, most granting mandates; delegates named (one with a declared
 * interest), appointed; then cycle after cycle: two issues raised with positions the practices
 * support, the coverage read, a meeting scheduled, a delegate briefed within the authority the
 * coverage gives and acknowledging it; once a meeting has started, its feedback (mostly agreed, some
 * deferred or not agreed, now and then a concession beyond the brief), its issues closed; and a
 * practice now and then withdrawing its mandate and granting a new one. Every choice comes from the
 * seed, the story and the cycle; every write from the {@link Journal} when it was done before.
 */
final class ConfederationStory {

    static final String SECRETARIAT = "bench";
    static final int DELEGATES = 4;
    static final List<String> TOPICS = List.of("access", "urgent-care", "estates", "workforce", "prescribing", "contracts",
            "enhanced-services", "digital", "finance", "community-services", "mental-health", "winter");
    /** The delegate (by number) who declares an interest, and the topic it is on: never briefed on that topic's issues. */
    static final int INTERESTED_DELEGATE = 0;
    static final String INTEREST_TOPIC = "estates";
    private static final List<String> CEILINGS = List.of("REPRESENT", "NEGOTIATE", "AGREE");
    /** A brief refused because its meeting had started by the time it was sent (the service was slower than the meeting's lead). */
    static final String LATE = "late";

    private final int index;
    private final SyntheticEngland.Place place;
    private final long seed;
    private final Journal journal;
    private final LedgerClient ledger;
    private final LocalDate today;
    private final long meetingLeadSeconds;
    private final AtomicLong commands;
    private int cycle;

    ConfederationStory(int index, SyntheticEngland.Place place, long seed, Journal journal, LedgerClient ledger, LocalDate today,
                       long meetingLeadSeconds, AtomicLong commands) {
        this.index = index;
        this.place = place;
        this.seed = seed;
        this.journal = journal;
        this.ledger = ledger;
        this.today = today;
        this.meetingLeadSeconds = meetingLeadSeconds;
        this.commands = commands;
        // Resume at the last cycle begun in an earlier run: its steps done are found in the journal, the rest are done.
        int begun = 0;
        while (journal.get(key(begun + 1, 1)) != null) {
            begun++;
        }
        this.cycle = Math.max(0, begun - 1);
    }

    private boolean formed;

    /** The story's next step: formed first, then one cycle at a time. */
    void advance() {
        if (!formed) {
            form();
            formed = true;
        } else {
            nextCycle();
        }
    }

    /** Whether the confederation is formed, members, mandates and appointments recorded (in this run or an earlier one). */
    boolean formed() {
        return journal.get(key(0, 4000 + DELEGATES - 1)) != null;
    }

    String slug() {
        return place.slug();
    }

    static String delegateLogin(int story, int delegate) {
        return "d" + story + "x" + delegate;
    }

    private String key(int cycleNumber, int step) {
        return index + "/" + cycleNumber + "/" + step;
    }

    private SplittableRandom random(int cycleNumber) {
        return new SplittableRandom(seed * 1_000_003L + index * 10_007L + cycleNumber);
    }

    private String write(int cycleNumber, int step, String user, String method, String path, Object body) {
        return write(cycleNumber, step, user, method, path, body, "id");
    }

    /** Sends a write once (the journal keeps what {@code keep}, a field of its answer, said: an id, or whether a position was adopted). */
    private String write(int cycleNumber, int step, String user, String method, String path, Object body, String keep) {
        return journal.step(key(cycleNumber, step), () -> {
            commands.incrementAndGet();
            LedgerClient.Answer answer = ledger.write(user, method, path, body,
                    "POST".equals(method) ? "bench-" + seed + "-" + key(cycleNumber, step).replace('/', '-') : null);
            JsonNode kept = answer.json().get(keep);
            return kept == null || kept.isNull() ? "done" : kept.asString();
        });
    }

    /** The confederation formed, its members admitted, mandates granted, delegates named and appointed (cycle 0). */
    void form() {
        SplittableRandom random = random(0);
        String base = "/api/v1/confederations/" + slug();
        double threshold = 0.35 + 0.1 * random.nextInt(3);
        write(0, 1, SECRETARIAT, "PUT", base, Map.of("name", "Synthetic GP Confederation of " + place.name(), "place", place.name(),
                "constitution", Map.of("thresholds", Map.of("REPRESENT", share(threshold), "NEGOTIATE", share(threshold + 0.1),
                        "AGREE", share(threshold + 0.25)), "adoption", share(0.5), "feedbackDueDays", 7)));
        List<SyntheticEngland.Practice> practices = place.practices();
        for (int i = 0; i < practices.size(); i++) {
            write(0, 1000 + i, SECRETARIAT, "PUT", base + "/members/" + practices.get(i).code(), null);
        }
        for (int i = 0; i < practices.size(); i++) {
            if (random.nextDouble() < 0.85) {
                grant(0, 2000 + i, practices.get(i).code(), random);
            }
        }
        for (int d = 0; d < DELEGATES; d++) {
            String organisation = practices.get(random.nextInt(practices.size())).code();
            String person = write(0, 3000 + d, SECRETARIAT, "POST", "/api/v1/people", Map.of("name", "Dr Synthetic " + index + "-" + d,
                    "role", d == 0 ? "PCN Clinical Director" : "GP partner", "organisation", organisation, "login", delegateLogin(index, d)));
            if (d == INTERESTED_DELEGATE) {
                write(0, 3500 + d, SECRETARIAT, "POST", "/api/v1/people/" + person + "/interests", Map.of("topic", INTEREST_TOPIC,
                        "category", "FINANCIAL", "description", "Partner in the practice's premises"));
            }
            write(0, 4000 + d, SECRETARIAT, "POST", base + "/appointments", Map.of("person", person, "forums", List.of("*"),
                    "topics", List.of("*"), "ceiling", d % 2 == 0 ? "AGREE" : "NEGOTIATE", "from", today.minusDays(30).toString()));
        }
    }

    private void grant(int cycleNumber, int step, String practice, SplittableRandom random) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grantor", practice);
        body.put("topics", random.nextDouble() < 0.7 ? List.of("*") : List.copyOf(new TreeSet<>(List.of(pick(TOPICS, random), pick(TOPICS, random)))));
        body.put("ceiling", random.nextDouble() < 0.6 ? "AGREE" : pick(CEILINGS, random));
        body.put("validFrom", today.minusDays(random.nextInt(365)).toString());
        if (random.nextDouble() < 0.5) {
            body.put("validUntil", today.plusDays(200 + random.nextInt(700)).toString());
        }
        body.put("evidence", "Practice meeting minute (synthetic)");
        write(cycleNumber, step, SECRETARIAT, "POST", "/api/v1/confederations/" + slug() + "/mandates", body);
    }

    /**
     * One cycle: issues and positions, a meeting briefed, feedback for every earlier meeting that has
     * started, and a mandate withdrawn and granted again now and then.
     */
    void nextCycle() {
        cycle++;
        int k = cycle;
        SplittableRandom random = random(k);
        String base = "/api/v1/confederations/" + slug();
        List<SyntheticEngland.Practice> practices = place.practices();
        List<String> issues = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<Boolean> adoptions = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String topic = pick(TOPICS, random);
            String raisedBy = practices.get(random.nextInt(practices.size())).code();
            String issue = write(k, 1 + 2 * i, SECRETARIAT, "POST", base + "/issues", Map.of("title", "Synthetic issue " + k + "." + i,
                    "topic", topic, "level", "PLACE", "scope", "COLLECTIVE", "raisedBy", raisedBy,
                    "description", "Raised in cycle " + k + " of the synthetic " + place.name() + "."));
            List<String> support = new ArrayList<>();
            List<String> against = new ArrayList<>();
            List<String> abstain = new ArrayList<>();
            double forShare = 0.75 + 0.2 * random.nextDouble();
            for (SyntheticEngland.Practice practice : practices) {
                double r = random.nextDouble();
                (r < forShare ? support : r < forShare + 0.05 ? against : abstain).add(practice.code());
            }
            String adopted = write(k, 2 + 2 * i, SECRETARIAT, "POST", "/api/v1/issues/" + issue + "/positions", Map.of(
                    "statement", "General practice's position on synthetic issue " + k + "." + i,
                    "essentialTerms", List.of("No unfunded work moves to practices", "Practices keep clinical triage"),
                    "negotiableTerms", List.of("Start date", "Reporting frequency"),
                    "support", Map.of("for", support, "against", against, "abstain", abstain)), "adopted");
            issues.add(issue);
            adoptions.add(Boolean.parseBoolean(adopted));
            topics.add(topic);
        }
        int drawn = random.nextInt(DELEGATES);
        int delegate = drawn == INTERESTED_DELEGATE && topics.contains(INTEREST_TOPIC) ? 1 : drawn;
        int chosen = delegate;
        String appointment = journal.get(key(0, 4000 + delegate));
        String delegateLogin = journal.step(key(k, 13), () -> delegateLogin(index, chosen));
        String ceiling = delegate % 2 == 0 ? "AGREE" : "NEGOTIATE";
        // Each item's authority: what the coverage allows on its topic (read as the secretariat would before briefing), within the
        // delegate's ceiling. Kept, so a resumed run briefs alike and the feedback concedes only where the brief allowed it.
        String authorities = journal.step(key(k, 5), () -> {
            List<String> levels = new ArrayList<>();
            for (int i = 0; i < topics.size(); i++) {
                // Without an adopted position a delegate may only observe.
                levels.add(adoptions.get(i)
                        ? lower(ledger.get(SECRETARIAT, base + "/coverage?topic=" + topics.get(i)).json().get("authority").asString(), ceiling)
                        : "OBSERVE");
            }
            return String.join(",", levels);
        });
        String startsAt = journal.step(key(k, 6), () -> Instant.now().plusSeconds(meetingLeadSeconds).truncatedTo(ChronoUnit.SECONDS).toString());
        String meeting = write(k, 7, SECRETARIAT, "POST", "/api/v1/meetings", Map.of("forum", slug() + "-board", "startsAt", startsAt,
                "title", "Place board " + k));
        String[] levels = authorities.split(",");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            items.add(Map.of("issue", issues.get(i), "authority", levels[i], "mayConcede", commits(levels[i]) ? List.of("N1") : List.of()));
        }
        String brief;
        try {
            brief = write(k, 8, SECRETARIAT, "POST", "/api/v1/briefs", Map.of("appointment", appointment, "meeting", meeting, "items", items));
        } catch (LedgerClient.Refused refused) {
            if (!refused.code().equals("MEETING_STARTED")) {
                throw refused;
            }
            // The service took longer than the meeting's lead to get here: the brief came too late, as the ledger says. Kept so.
            journal.step(key(k, 8), () -> LATE);
            brief = LATE;
        }
        if (brief.equals(LATE)) {
            return;
        }
        write(k, 9, delegateLogin, "POST", "/api/v1/briefs/" + brief + "/acknowledgement", null);
        // The speaking rights a delegate checks before the meeting.
        ledger.get(delegateLogin, "/api/v1/speaking-rights?confederation=" + slug() + "&topic=" + topics.get(0));

        for (int earlier = 1; earlier < k; earlier++) {
            feedBackIfStarted(earlier);
        }
        if (random.nextDouble() < 0.3) {
            // A practice replaces its mandate: its active one, looked up as the secretariat would, withdrawn, and a new one granted.
            SyntheticEngland.Practice practice = practices.get(random.nextInt(practices.size()));
            String mandate = journal.step(key(k, 19), () -> {
                JsonNode active = ledger.get(SECRETARIAT, base + "/mandates?grantor=" + practice.code() + "&status=ACTIVE").json().get("items");
                return active.isEmpty() ? "none" : active.get(0).get("id").asString();
            });
            if (!mandate.equals("none")) {
                write(k, 20, SECRETARIAT, "POST", "/api/v1/mandates/" + mandate + "/withdrawal", Map.of("reason", "Superseded by the practice's new minute"));
            }
            grant(k, 21, practice.code(), random);
        }
    }

    /** Feeds back a cycle's meeting if it has started, and closes its issues; one not yet started waits for a later cycle. */
    private void feedBackIfStarted(int k) {
        String brief = journal.get(key(k, 8));
        if (brief == null || brief.equals(LATE) || journal.get(key(k, 12)) != null) {
            return;
        }
        Instant startsAt = Instant.parse(journal.get(key(k, 6)));
        if (Instant.now().isBefore(startsAt.plusMillis(200))) {
            return;
        }
        SplittableRandom random = new SplittableRandom(~(seed * 1_000_003L + index * 10_007L + k));
        List<String> issues = List.of(journal.get(key(k, 1)), journal.get(key(k, 3)));
        String delegateLogin = journal.get(key(k, 13));
        String[] levels = journal.get(key(k, 5)).split(",");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            double r = random.nextDouble();
            String outcome = r < 0.75 ? "AGREED" : r < 0.9 ? "DEFERRED" : "NOT_AGREED";
            // Now and then a delegate concedes an essential term too (a red line): the audit's finding.
            List<String> conceded = random.nextDouble() < 0.02 ? List.of("N1", "E1") : commits(levels[i]) ? List.of("N1") : List.of();
            items.add(Map.of("issue", issues.get(i), "outcome", outcome, "summary", "Synthetic outcome of cycle " + k,
                    "conceded", "AGREED".equals(outcome) ? conceded : List.of(), "commitments", List.of("Report back at the next board")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("unbriefed", List.of());
        body.put("actions", random.nextDouble() < 0.3 ? List.of(Map.of("description", "Send the figures to the ICB",
                "owner", place.practices().get(0).code(), "due", today.plusDays(14).toString())) : List.of());
        write(k, 10, delegateLogin, "POST", "/api/v1/briefs/" + brief + "/feedback", body);
        write(k, 11, SECRETARIAT, "POST", "/api/v1/issues/" + issues.get(0) + "/closure", Map.of("reason", "Decided at the board"));
        write(k, 12, SECRETARIAT, "POST", "/api/v1/issues/" + issues.get(1) + "/closure", Map.of("reason", "Decided at the board"));
    }

    /** Whether an authority commits general practice to anything, and so may concede terms. */
    private static boolean commits(String authority) {
        return authority.equals("NEGOTIATE") || authority.equals("AGREE");
    }

    private static String lower(String a, String b) {
        List<String> order = List.of("OBSERVE", "REPRESENT", "NEGOTIATE", "AGREE");
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    private static Map<String, Object> share(double value) {
        double capped = Math.min(1.0, Math.round(value * 100) / 100.0);
        return Map.of("practices", capped, "patients", capped);
    }

    private static <T> T pick(List<T> from, SplittableRandom random) {
        return from.get(random.nextInt(from.size()));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
