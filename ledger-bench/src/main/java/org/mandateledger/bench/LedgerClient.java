package org.mandateledger.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's REST API as an ICB integrator or the pages use it: HTTP Basic, JSON, an
 * {@code Idempotency-Key} on every POST so a request sent again after a failure is recorded once,
 * and the {@code Ledger-Position} of each write kept (the highest is how far the ledger has come).
 * A {@code 503} (read models catching up) or {@code 429} is waited out and asked again, as a client should.
 */
public final class LedgerClient {

    /** Map entries in key order: a step sent again after a stop must be byte for byte the same request, or its key is refused as reused. */
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** An answer: status, body and the ledger position a write answered. */
    public record Answer(int status, JsonNode json, long position, String raw) {
    }

    /** A write the ledger refused or could not take: the bench stops, as the data would no longer be what was planned. */
    public static final class Refused extends RuntimeException {
        private final String code;

        public Refused(String what, int status, String body) {
            super(what + " answered " + status + ": " + (body.length() > 600 ? body.substring(0, 600) + "..." : body));
            this.code = parse(body).path("code").asString("");
        }

        /** The problem's stable code, or empty. */
        public String code() {
            return code;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile String base;
    private final Map<String, String> passwords;
    private final AtomicLong highestPosition = new AtomicLong();

    public LedgerClient(int port, Map<String, String> passwords) {
        this.base = "http://127.0.0.1:" + port;
        this.passwords = passwords;
    }

    /** Points at the service on another port (it was restarted). */
    public void repoint(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Notes a position the ledger is known to have reached (its head at a start), so a resumed run knows how far it is. */
    public void reached(long position) {
        highestPosition.accumulateAndGet(position, Math::max);
    }

    public long highestPosition() {
        return highestPosition.get();
    }

    public Answer get(String user, String path) {
        return send(user, "GET", path, null, null, true);
    }

    /** A write that must succeed; {@code key} (for a POST) makes a retry of it land once. */
    public Answer write(String user, String method, String path, Object body, String key) {
        return send(user, method, path, body, key, true);
    }

    /** A request whose answer the caller judges (any status). */
    public Answer ask(String user, String method, String path, Object body) {
        return send(user, method, path, body, null, false);
    }

    private Answer send(String user, String method, String path, Object body, String key, boolean mustSucceed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", basic(user)).header("Accept", "application/json, application/problem+json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        return exchange(method + " " + path, request.build(), mustSucceed);
    }

    /** Asks once, without waiting out refusals or retrying a failed connection: for timing a start to its first answer. */
    public int probe(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user)).header("Accept", "application/json").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Uploads the three NHS files to the import, as a chair's browser would. */
    public Answer importOds(String user, Map<String, byte[]> files) {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/organisations/import")).timeout(Duration.ofMinutes(30))
                .header("Authorization", basic(user)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        return exchange("POST /api/v1/organisations/import", request, true);
    }

    private Answer exchange(String what, HttpRequest request, boolean mustSucceed) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= 5) {
                    throw new Refused(what, 0, e.toString());
                }
                pause(500L * attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            int status = response.statusCode();
            if ((status == 503 || status == 429) && attempt < 30) {
                pause(1000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
                continue;
            }
            long position = response.headers().firstValue("Ledger-Position").map(Long::parseLong).orElse(0L);
            highestPosition.accumulateAndGet(position, Math::max);
            if (mustSucceed && status / 100 != 2) {
                throw new Refused(what, status, response.body());
            }
            String body = response.body();
            JsonNode json = body == null || body.isEmpty() ? JSON.nullNode() : parse(body);
            return new Answer(status, json, position, body);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isEmpty()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.nullNode();
        }
    }

    private String basic(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no password for " + user);
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
