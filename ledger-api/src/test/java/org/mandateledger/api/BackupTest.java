package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * An online backup of the embedded ledger ({@code POST /admin/backups}), taken while a writer goes
 * on writing, restores as the README says — its zip's database file in an empty data folder, with the
 * signing key kept apart — into a ledger that verifies, holds every write acknowledged before the
 * backup was asked for, and whose events are exactly the first ones of the ledger it was taken from.
 * Only an {@code ADMIN} backs up.
 */
class BackupTest {

    @Test
    void a_backup_taken_under_load_restores_to_a_ledger_that_verifies_and_holds_every_earlier_write() throws Exception {
        Path dir = Files.createTempDirectory("ledger-backup-");
        LedgerTestUsers.write(dir);
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        List<String> beforeBackup;
        JsonNode backup;
        List<JsonNode> original;
        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir, "--ledger.rate-limit.per-second=0")) {
            LedgerHttp http = LedgerInstances.client(ledger);
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    String slug = "backup-topic-" + i;
                    if (http.put("registrar", "/api/v1/topics/" + slug, body("title", "Backup topic " + i)).status() == 201) {
                        acknowledged.add(slug);
                    }
                }
            });
            writer.start();
            LedgerProcess.sleep(1500);
            assertThat(http.post("chair", "/api/v1/admin/backups", null).status()).as("a chair does not back up").isEqualTo(403);
            beforeBackup = new ArrayList<>(acknowledged);
            LedgerHttp.Answer taken = http.post("ops", "/api/v1/admin/backups", null);
            assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
            backup = taken.json();
            LedgerProcess.sleep(1000);
            writing.set(false);
            writer.join(10_000);
            assertThat(acknowledged.size()).as("writes went on while the backup was taken").isGreaterThan(beforeBackup.size());
            JsonNode listed = http.get("ops", "/api/v1/admin/backups").json().get("items");
            assertThat(listed.get(0)).isEqualTo(backup);
            assertThat(backup.get("keyId").asString()).isEqualTo(http.get("icb", "/api/v1/ledger/key").json().get("keyId").asString());
            original = http.events("registrar", 0);
        }

        // Restore: the zip's database file into an empty data folder, and the signing key, which the backup does not hold.
        Path restored = Files.createTempDirectory("ledger-restored-");
        LedgerTestUsers.write(restored);
        Path data = Files.createDirectories(restored.resolve("data"));
        Path zip = dir.resolve("data").resolve("backups").resolve(backup.get("file").asString());
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                assertThat(entry.getName()).as("a backup holds the database, not the key").doesNotContain("key");
                Files.copy((InputStream) entries, data.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        Files.copy(dir.resolve("data").resolve("ledger-signing-key.pem"), data.resolve("ledger-signing-key.pem"));
        try (ConfigurableApplicationContext ledger = LedgerInstances.start(restored, "--ledger.rate-limit.per-second=0")) {
            LedgerHttp http = LedgerInstances.client(ledger);
            JsonNode verified = http.get("ledger-chair", "/api/v1/ledger/verify").json();
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            for (String slug : beforeBackup) {
                assertThat(http.get("registrar", "/api/v1/topics/" + slug).status()).as(slug).isEqualTo(200);
            }
            List<JsonNode> kept = http.events("registrar", 0);
            assertThat(kept.size()).isGreaterThanOrEqualTo((int) backup.get("head").asLong());
            assertThat(kept).as("the restored ledger's events are the first of the original's").isEqualTo(original.subList(0, kept.size()));
        }
    }
}
