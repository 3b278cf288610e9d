package org.mandateledger.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.mandateledger.LedgerApplication;
import org.mandateledger.api.ledger.EventStorePositions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context the HTTP tests share: the real service on a random port, on a fresh
 * H2 file database in a temporary data folder. Tests keep to their own confederations and
 * codes, so they can share it in any order.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LedgerServiceTest {

    static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("ledger-test-");
            LedgerTestUsers.write(DATA_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ledgerSettings(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> DATA_DIR.resolve("data").toString());
        registry.add("ledger.security.users-file", () -> DATA_DIR.resolve("users.json").toString());
        // The narratives write as fast as the machine allows; the limit itself is tested in RateLimitTest.
        registry.add("ledger.rate-limit.per-second", () -> "0");
        // Webhooks to a receiver inside the test, on loopback, retried within the test's patience (WebhookTest).
        registry.add("ledger.webhooks.allow-private-addresses", () -> "true");
        registry.add("ledger.webhooks.poll-every", () -> "PT0.1S");
        registry.add("ledger.webhooks.first-retry-after", () -> "PT0.2S");
        registry.add("ledger.webhooks.longest-retry-after", () -> "PT0.8S");
        registry.add("ledger.webhooks.give-up-after", () -> "PT4S");
        registry.add("ledger.webhooks.answer-timeout", () -> "PT2S");
    }

    @LocalServerPort
    int port;

    @Autowired
    protected EventStorePositions eventStore;

    protected LedgerHttp http;

    @BeforeEach
    void connect() {
        http = new LedgerHttp(port, LedgerTestUsers.PASSWORDS);
    }

    /** Sends a write that must be refused: the status expected, as problem+json, and nothing recorded. */
    protected LedgerHttp.Answer refusedWrite(int status, java.util.function.Supplier<LedgerHttp.Answer> write) {
        long events = eventStore.count();
        LedgerHttp.Answer answer = write.get();
        org.assertj.core.api.Assertions.assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(eventStore.count()).as("events recorded by a refused write").isEqualTo(events);
        return answer;
    }
}
