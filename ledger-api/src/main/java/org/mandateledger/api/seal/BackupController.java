package org.mandateledger.api.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.mandateledger.api.ledger.EventStorePositions;
import org.mandateledger.api.problem.ConflictException;
import org.mandateledger.projections.paging.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /admin/backups} ({@code ADMIN}): an online, consistent backup of the embedded H2 ledger
 * while writes go on (H2's {@code BACKUP TO}, a zip of the database file as of one moment), into
 * {@code ledger.backups.dir}, with a manifest beside it: when it was taken, the position every event up
 * to which it holds, and the fingerprint of the checkpoint signing key. The key itself is never in a
 * backup (keep it apart, ADR 0015): a restore needs the backup and that key. {@code GET} lists the
 * manifests, newest first. On PostgreSQL the database's own tools back up (README, Operating notes).
 */
@RestController
@RequestMapping("/api/v1/admin/backups")
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * A backup.
     *
     * @param file   the zip, in {@code ledger.backups.dir}
     * @param head   the newest position stored when it began: the events up to it are in it, but for one still committing
     *               at that moment (a gap filled late), and it may hold some recorded while it was taken
     * @param keyId  the fingerprint of the key that signs this ledger's checkpoints: restore with that key file
     */
    record Backup(String file, long bytes, Instant takenAt, long head, String keyId) {
    }

    private final DataSource dataSource;
    private final EventStorePositions positions;
    private final SigningKey key;
    private final JsonMapper json;
    private final Path directory;

    BackupController(DataSource dataSource, EventStorePositions positions, SigningKey key, JsonMapper json,
                     @Value("${ledger.backups.dir:${ledger.data-dir}/backups}") String directory) {
        this.dataSource = dataSource;
        this.positions = positions;
        this.key = key;
        this.json = json;
        this.directory = Path.of(directory);
    }

    @PostMapping
    synchronized ResponseEntity<Backup> backUp() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                throw new ConflictException("BACKUP_NOT_EMBEDDED", "This ledger is kept in " + connection.getMetaData().getDatabaseProductName()
                        + ": back it up with the database's own tools (pg_dump, or point-in-time recovery; README, Operating notes).");
            }
            Instant takenAt = Instant.now();
            String name = "ledger-" + NAME.format(takenAt) + ".zip";
            Path zip = directory.resolve(name).toAbsolutePath();
            Files.createDirectories(directory);
            long head = positions.head();
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            } catch (SQLException | RuntimeException e) {
                Files.deleteIfExists(zip); // never a partial backup that looks like one
                throw e;
            }
            Backup backup = new Backup(name, Files.size(zip), takenAt, head, key.keyId());
            // The manifest appears whole or not at all: written beside, then moved into place.
            Path manifest = directory.resolve(name.replace(".zip", ".json"));
            Path partial = directory.resolve(name.replace(".zip", ".json.partial"));
            Files.write(partial, json.writeValueAsBytes(backup));
            Files.move(partial, manifest, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.info("Backed up the ledger to {} ({} bytes, every event up to {}; checkpoints signed with key {})", zip, backup.bytes(), head,
                    backup.keyId());
            return ResponseEntity.created(URI.create("/api/v1/admin/backups")).body(backup);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the backup in " + directory, e);
        }
    }

    @GetMapping
    Page<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return new Page<>(List.of(), null);
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path manifest : files.filter(f -> f.getFileName().toString().matches("ledger-.*\\.json")).sorted(Comparator.reverseOrder()).toList()) {
                try {
                    backups.add(json.readValue(Files.readAllBytes(manifest), Backup.class));
                } catch (tools.jackson.core.JacksonException e) {
                    log.warn("Not a backup manifest, left out of the list: {} ({})", manifest, e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the backups in " + directory, e);
        }
        return new Page<>(List.copyOf(backups), null);
    }
}
