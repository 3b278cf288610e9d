package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mandateledger.LedgerApplication;
import org.mandateledger.api.ledger.EventStorePositions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The demo (--ledger.demo=true) as a newcomer meets it: the first start prints a password for a user
 * of each role once and records the Cheshire demo through the API; the pages say it is demo data; a
 * later start on the same data prints no password and records nothing more.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoLedgerTest {

    private static final Pattern PRINTED = Pattern.compile("username: (demo-[a-z]+)\\s+role: \\S+\\s+password: (\\S+)");

    @Test
    void the_first_start_prints_the_demo_users_once_and_records_the_demo_and_a_restart_adds_nothing(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        String[] settings = {"--server.port=0", "--ledger.data-dir=" + dir.resolve("data"), "--ledger.demo=true"};
        Map<String, String> passwords = new HashMap<>();
        long events;
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class).run(settings)) {
            Matcher printed = PRINTED.matcher(output.getOut());
            while (printed.find()) {
                passwords.put(printed.group(1), printed.group(2));
            }
            assertThat(passwords).containsOnlyKeys("demo-chair", "demo-secretariat", "demo-delegate", "demo-member", "demo-icb");
            assertThat(Files.readString(dir.resolve("data").resolve("demo-users.json"))).as("only hashes are kept")
                    .doesNotContain(passwords.values().toArray(String[]::new));
            LedgerHttp http = new LedgerHttp(port(ledger), passwords);

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    http.get("demo-chair", "/api/v1/confederations/cheshire-east-demo/audit").status() == 200
                            && http.get("demo-chair", "/api/v1/confederations/cheshire-east-demo/audit").json().get("findings").valueStream()
                            .anyMatch(f -> f.get("type").asString().equals("RED_LINE_BREACH")));
            JsonNode coverage = http.get("demo-icb", "/api/v1/confederations/cheshire-east-demo/coverage?topic=urgent-care").json();
            assertThat(coverage.get("authority").asString()).as("the largest practices granted until half").isEqualTo("NEGOTIATE");
            assertThat(coverage.get("totals").get("practices").asLong()).isEqualTo(CheshireFiles.activePractices().size());
            JsonNode briefs = http.get("demo-delegate", "/api/v1/me/briefs?upcoming=true").json().get("items");
            assertThat(briefs.valueStream().map(b -> b.get("meetingTitle").asString())).contains("Winter access plan");
            assertThat(http.get("demo-member", "/api/v1/confederations/cheshire-east-demo/mandates?grantor=N81002").json().get("items"))
                    .isNotEmpty();

            events = ledger.getBean(EventStorePositions.class).count();
        }
        String before = output.getOut();
        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(LedgerApplication.class).run(settings)) {
            String after = output.getOut().substring(before.length());
            assertThat(PRINTED.matcher(after).find()).as("no password printed again").isFalse();
            await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().substring(before.length()).contains("Demo: the demo users were made on an earlier start"));
            Thread.sleep(3000);
            assertThat(again.getBean(EventStorePositions.class).count()).as("nothing recorded again").isEqualTo(events);
            LedgerHttp http = new LedgerHttp(port(again), passwords);
            assertThat(http.get("demo-chair", "/api/v1/confederations/cheshire-east-demo").status()).as("the same passwords").isEqualTo(200);

            // Last, as it needs Chromium (skipped without it off CI): every page says it is demo data.
            try (PagesBrowser browser = PagesBrowser.open(port(again))) {
                browser.signIn("demo-delegate", passwords.get("demo-delegate"));
                assertThat(browser.text(".ledger-demo-banner")).contains("Demo data");
                assertThat(browser.text("main")).contains("Winter access plan");
                browser.checkPage().screenshot("home-demo-delegate");
            }
        }
    }

    private static int port(ConfigurableApplicationContext ledger) {
        return Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port"));
    }
}
