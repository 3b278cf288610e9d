package org.mandateledger.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running ledger, as ICB tooling would be one: plain HTTP, JSON, Basic auth, reading its own writes. */
public final class LedgerHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: status, headers and body parsed when it is JSON. */
    public record Answer(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> passwords;
    private final Map<String, String> headers;
    private long position;

    public LedgerHttp(int port, Map<String, String> passwords) {
        this("http://127.0.0.1:" + port, passwords, Map.of());
    }

    private LedgerHttp(String base, Map<String, String> passwords, Map<String, String> headers) {
        this.base = base;
        this.passwords = passwords;
        this.headers = headers;
    }

    /** A client that sends this header too on every request, such as {@code Idempotency-Key}. */
    public LedgerHttp withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new LedgerHttp(base, passwords, Map.copyOf(more));
    }

    public Answer get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    /** A read of a plain-text resource, such as the Prometheus scrape. */
    public Answer getText(String user, String path) {
        return send(user, "GET", path, null, null, "text/plain");
    }

    /** A read accepting one media type, such as the ledger's export ({@code application/x-ndjson}). */
    public Answer getAs(String user, String path, String accept) {
        return send(user, "GET", path, null, null, accept);
    }

    public Answer put(String user, String path, Object body) {
        return send(user, "PUT", path, json(body), "application/json");
    }

    public Answer post(String user, String path, Object body) {
        return send(user, "POST", path, json(body), "application/json");
    }

    public Answer delete(String user, String path) {
        return send(user, "DELETE", path, null, null);
    }

    public Answer raw(String user, String method, String path, String body, String contentType) {
        return send(user, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /**
     * Any request as bytes: a path sent as given (already percent-encoded), any content type or
     * none, and with {@code chunked} no declared length, as a client streaming its body sends it.
     */
    public Answer bytes(String user, String method, String path, byte[] body, String contentType, boolean chunked) {
        return send(user, method, path, body, contentType, "application/json, application/problem+json", chunked);
    }

    public Answer multipart(String user, String path, Map<String, byte[]> files) {
        String boundary = "ledger-" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        files.forEach((name, content) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, "POST", path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    public long position() {
        return position;
    }

    /** Every event of the feed after {@code after} as {@code user} reads it, page by page, each page answered 200. */
    public java.util.List<JsonNode> events(String user, long after) {
        java.util.List<JsonNode> events = new java.util.ArrayList<>();
        String next = Long.toString(after);
        while (next != null) {
            Answer answer = get(user, "/api/v1/events?after=" + next + "&limit=1000");
            if (answer.status() != 200) {
                throw new AssertionError("the feed answered " + answer);
            }
            answer.json().get("events").forEach(events::add);
            next = answer.json().get("next").isNull() ? null : answer.json().get("next").asString();
        }
        return events;
    }

    private static byte[] json(Object body) {
        if (body instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return JSON.writeValueAsBytes(body);
    }

    private Answer send(String user, String method, String path, byte[] body, String contentType) {
        return send(user, method, path, body, contentType, "application/json, application/problem+json");
    }

    private Answer send(String user, String method, String path, byte[] body, String contentType, String accept) {
        return send(user, method, path, body, contentType, accept, false);
    }

    private Answer send(String user, String method, String path, byte[] body, String contentType, String accept, boolean chunked) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, publisher)
                .header("Accept", accept)
                // A request the service never answers fails the test rather than hanging the build.
                .timeout(java.time.Duration.ofSeconds(60));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        if (user != null) {
            String token = user + ":" + passwords.get(user);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        if (method.equals("GET") && position > 0) {
            request.header("Ledger-Min-Position", Long.toString(position));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("Ledger-Position").ifPresent(p -> position = Math.max(position, Long.parseLong(p)));
            JsonNode json = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !type.contains("ndjson") && !response.body().isBlank()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Builds a JSON object in order: {@code body("name", "x", "kind", "LMC")}. */
    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
