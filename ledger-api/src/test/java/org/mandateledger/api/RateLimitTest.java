package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandateledger.LedgerApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The per-user rate limit over HTTP, in a service of its own with a limit small enough to reach:
 * one request a second, three at once. Past the burst a user gets 429 problem+json with
 * Retry-After; another user is not held up; anonymous callers are not counted. On the pages, a
 * person past the burst gets an error page in the pages' look, with Retry-After, not JSON.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitTest {

    private static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("ledger-rate-limit-");
            LedgerTestUsers.write(DATA_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> DATA_DIR.resolve("data").toString());
        registry.add("ledger.security.users-file", () -> DATA_DIR.resolve("users.json").toString());
        registry.add("ledger.rate-limit.per-second", () -> "1");
        registry.add("ledger.rate-limit.burst", () -> "3");
    }

    @LocalServerPort
    int port;

    @Test
    void past_the_burst_a_user_is_told_to_retry_later() {
        LedgerHttp http = new LedgerHttp(port, LedgerTestUsers.PASSWORDS);
        List<Integer> statuses = new ArrayList<>();
        LedgerHttp.Answer limited = null;
        for (int i = 0; i < 10; i++) {
            LedgerHttp.Answer answer = http.get("chair", "/api/v1/topics");
            statuses.add(answer.status());
            if (answer.status() == 429) {
                limited = answer;
            }
        }
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(statuses).contains(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        // Another user has a bucket of their own; anonymous requests are not counted (and are refused 401).
        assertThat(http.get("sec", "/api/v1/topics").status()).isEqualTo(200);
        assertThat(http.get(null, "/api/v1/topics").status()).isEqualTo(401);
    }

    @Test
    void past_the_burst_a_person_on_the_pages_gets_a_page_saying_how_long_to_wait() {
        PageClient pages = new PageClient(port);
        String session = pages.signIn("pg-member");
        List<java.net.http.HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pages.get(session, "/"));
        }
        assertThat(answers.subList(0, 3)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        java.net.http.HttpResponse<String> limited = answers.stream().filter(a -> a.statusCode() == 429).findFirst().orElseThrow();
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 2);
        assertThat(limited.body()).contains("<h1>Too many requests</h1>").contains("then try again").contains("lang=\"en-GB\"");
    }
}
