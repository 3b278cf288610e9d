package org.mandateledger.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Every answer the read models give about a ledger, for comparing two of them (live and replayed,
 * one node and another): each resource named anywhere in the event feed, read by one user, as at one
 * instant wherever the contract takes one.
 */
final class ReadModelAnswers {

    private ReadModelAnswers() {
    }

    /** Every resource named anywhere in the event feed, each GET answered as at {@code at} where the contract allows. */
    static Map<String, JsonNode> everyAnswer(LedgerHttp http, String reader, Instant at) {
        TreeSet<String> paths = new TreeSet<>(List.of("/api/v1/organisations?limit=1000", "/api/v1/topics", "/api/v1/forums"));
        List<String> confederations = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        String after = "0";
        while (after != null) {
            JsonNode page = http.get(reader, "/api/v1/events?after=" + after + "&limit=1000").json();
            for (JsonNode event : page.get("events")) {
                String type = event.get("aggregate").get("type").asString();
                String id = event.get("aggregate").get("id").asString();
                JsonNode payload = event.get("payload");
                switch (type) {
                    case "Organisation" -> paths.add("/api/v1/organisations/" + id);
                    case "Topic" -> {
                        paths.add("/api/v1/topics/" + id);
                        if (!topics.contains(id)) {
                            topics.add(id);
                        }
                    }
                    case "Forum" -> paths.add("/api/v1/forums/" + id);
                    case "Person" -> paths.add("/api/v1/people/" + id);
                    case "Meeting" -> paths.add("/api/v1/meetings/" + id);
                    case "Issue" -> paths.add("/api/v1/issues/" + id);
                    case "Appointment" -> paths.add("/api/v1/appointments/" + id);
                    case "Confederation" -> {
                        if (!confederations.contains(id)) {
                            confederations.add(id);
                        }
                    }
                    default -> { }
                }
                if (payload.has("mandate")) {
                    paths.add("/api/v1/mandates/" + payload.get("mandate").asString());
                }
                if (event.get("type").asString().equals("BriefIssued")) {
                    paths.add("/api/v1/briefs/" + payload.get("brief").asString());
                }
            }
            after = page.get("next").isNull() ? null : page.get("next").asString();
        }
        for (String slug : confederations) {
            String conf = "/api/v1/confederations/" + slug;
            paths.addAll(List.of(conf, conf + "/mandates?limit=1000", conf + "/issues?limit=1000", conf + "/audit?asOf=" + at,
                    conf + "/actions?limit=1000"));
            for (String topic : topics) {
                paths.add(conf + "/coverage?topic=" + topic + "&at=" + at);
                paths.add("/api/v1/speaking-rights?confederation=" + slug + "&topic=" + topic + "&at=" + at);
            }
        }
        Map<String, JsonNode> answers = new TreeMap<>();
        for (String path : paths) {
            LedgerHttp.Answer answer = http.get(reader, path);
            answers.put(path + " -> " + answer.status(), answer.json());
        }
        return answers;
    }
}
