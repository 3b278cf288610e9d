package org.mandateledger.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The users that exist when no users file is configured, so a newcomer can try both kinds of work
 * at once: {@code chair}, role {@code CHAIR} (every write a confederation makes, the pages, the
 * ledger's verification), and {@code admin}, role {@code ADMIN} (replay, erasure, metrics, the
 * operator's view), both of reach {@code *}. On the first start each random password is printed
 * once (WARN) and only the bcrypt hashes are kept, in {@code <ledger.data-dir>/bootstrap-admin.json}
 * (a users file, owner-only where the file system is POSIX). Later starts read that file as it is
 * (one written by an earlier build holds only {@code admin} as a chair) and print no password.
 */
final class BootstrapAdmin {

    static final String FILE_NAME = "bootstrap-admin.json";
    static final String CHAIR = "chair";
    static final String ADMIN = "admin";
    private static final int PASSWORD_BYTES = 24; // 32 URL-safe Base64 characters

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private BootstrapAdmin() {
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Creates the bootstrap admin file, then logs the password once. The file must not exist yet. */
    static void create(Path dataDir, PasswordEncoder encoder) {
        Path file = file(dataDir);
        String chairPassword = newPassword();
        String adminPassword = newPassword();
        List<Map<String, String>> users = List.of(user(CHAIR, Role.CHAIR, chairPassword, encoder),
                user(ADMIN, Role.ADMIN, adminPassword, encoder));
        String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(users) + System.lineSeparator();
        boolean ownerOnly = writeOwnerOnly(dataDir, file, json);

        String line = "=".repeat(78);
        log.warn("""

                {}
                 No users file is configured (ledger.security.users-file), so two first users were created:
                     username: {}    role: CHAIR    reach: * (every confederation)    password: {}
                     username: {}    role: ADMIN    reach: * (every confederation)    password: {}
                 The chair records and reads what a confederation does (and signs in to the pages); the admin
                 operates the service: replay, erasure, metrics, the ledger's verification.
                 THESE PASSWORDS ARE SHOWN ONCE, NOW, AND ARE NOT STORED ANYWHERE. Write them down.
                 Only their bcrypt hashes are kept, in {}{}
                 Later starts use that file and print no password. For real use, configure a users file
                 (hashes from org.mandateledger.api.security.PasswordHashCommand); to make new
                 passwords, stop the service and delete that file.
                {}""",
                line, CHAIR, chairPassword, ADMIN, adminPassword, file.toAbsolutePath(),
                ownerOnly ? " (readable by its owner only)." : ".", line);
    }

    private static Map<String, String> user(String username, Role role, String password, PasswordEncoder encoder) {
        String hash = encoder.encode(password);
        if (hash == null || !hash.startsWith("{bcrypt}")) {
            throw new IllegalStateException("The password encoder must produce {bcrypt} hashes");
        }
        Map<String, String> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("password", hash);
        user.put("role", role.name());
        user.put("confederation", LedgerUser.EVERYWHERE);
        return user;
    }

    static String newPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes through a temporary file in the same directory; returns whether permissions are owner-only. */
    static boolean writeOwnerOnly(Path dataDir, Path file, String content) {
        try {
            Files.createDirectories(dataDir);
            boolean posix = dataDir.getFileSystem().supportedFileAttributeViews().contains("posix");
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(ownerOnly)}
                    : new FileAttribute<?>[0];
            Path tmp = Files.createTempFile(dataDir, ".bootstrap-admin-", ".tmp", attributes);
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                if (posix) {
                    Files.setPosixFilePermissions(tmp, ownerOnly); // in case a umask got in the way
                }
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            if (!posix) {
                log.warn("The file system of {} does not support POSIX permissions: make sure only the service"
                        + " account can read {}", dataDir.toAbsolutePath(), file.getFileName());
            }
            return posix;
        } catch (IOException e) {
            throw new UsersFileException("Cannot write the bootstrap admin file '" + file.toAbsolutePath()
                    + "' (ledger.data-dir=" + dataDir + "): " + e, e);
        }
    }
}
