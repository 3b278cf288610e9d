package org.mandateledger.api.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds the {@link LedgerUserDirectory} at start-up, from {@code ledger.security.users-file} or, when
 * that is absent or blank, from the bootstrap admin under {@code ledger.data-dir} (created on the
 * first start). Any problem throws {@link UsersFileException}, which stops the start-up.
 *
 * <p>Usable without Spring: {@code new LedgerUsersLoader(encoder).load(usersFile, dataDir)}.
 */
public final class LedgerUsersLoader {

    private static final Logger log = LoggerFactory.getLogger(LedgerUsersLoader.class);

    /** {@code $2a$10$} + 53 characters, as Spring's BCryptPasswordEncoder expects. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2(a|y|b)?\\$(\\d\\d)\\$[./0-9A-Za-z]{53}");
    private static final Set<String> WEAK_IDS = Set.of("ldap", "MD4", "MD5", "SHA-1", "SHA-256", "sha256");

    private final PasswordEncoder encoder;

    /** @param encoder the application's {@code DelegatingPasswordEncoder} (it must produce {@code {bcrypt}}) */
    public LedgerUsersLoader(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * @param usersFile value of {@code ledger.security.users-file} (may be {@code null} or blank)
     * @param dataDir   value of {@code ledger.data-dir}
     */
    public LedgerUserDirectory load(String usersFile, Path dataDir) {
        return load(usersFile, dataDir, false);
    }

    /** As {@link #load(String, Path)}; with {@code demo} and no users file, the demo's users beside the bootstrap admin ({@link DemoUsers}). */
    public LedgerUserDirectory load(String usersFile, Path dataDir, boolean demo) {
        if (usersFile != null && !usersFile.isBlank()) {
            Path file = Path.of(usersFile.strip());
            LedgerUserDirectory directory = readChecked(file, "Users file");
            log.info("Loaded {} ledger user(s) from {} ({})", directory.users().size(), file.toAbsolutePath(),
                    roleCounts(directory));
            return directory;
        }
        Path bootstrap = BootstrapAdmin.file(dataDir);
        if (!Files.exists(bootstrap)) {
            BootstrapAdmin.create(dataDir, encoder);
        } else {
            log.info("No users file is configured (ledger.security.users-file): using the bootstrap admin"
                    + " from {}", bootstrap.toAbsolutePath());
        }
        LedgerUserDirectory admin = readChecked(bootstrap, "Bootstrap admin file");
        if (!demo) {
            return admin;
        }
        DemoUsers.createIfMissing(dataDir, encoder);
        LedgerUserDirectory demoUsers = readChecked(DemoUsers.file(dataDir), "Demo users file");
        List<UsersFileReader.Entry> both = new java.util.ArrayList<>(admin.entries());
        for (UsersFileReader.Entry entry : demoUsers.entries()) {
            if (admin.find(entry.user().username()).isPresent()) {
                throw new UsersFileException("Demo users file '" + DemoUsers.file(dataDir).toAbsolutePath() + "': user '"
                        + entry.user().username() + "' is also the bootstrap admin");
            }
            both.add(entry);
        }
        return new LedgerUserDirectory(bootstrap.toAbsolutePath(), both);
    }

    private LedgerUserDirectory readChecked(Path file, String kind) {
        List<UsersFileReader.Entry> entries = UsersFileReader.read(file);
        for (UsersFileReader.Entry entry : entries) {
            checkPassword(kind + " '" + file.toAbsolutePath() + "', entry #" + entry.number()
                    + " (username '" + entry.user().username() + "')", entry);
        }
        return new LedgerUserDirectory(file.toAbsolutePath(), entries);
    }

    private void checkPassword(String entryName, UsersFileReader.Entry entry) {
        Matcher m = UsersFileReader.ENCODED_PASSWORD.matcher(entry.passwordHash());
        if (!m.matches()) { // the reader checked this already
            throw new UsersFileException(entryName + ": password is not in '{id}hash' form.");
        }
        String id = m.group(1);
        String hash = m.group(2);
        switch (id) {
            case "noop" -> log.warn("User '{}' has a {noop} (plain-text) password; use {bcrypt} for real use"
                    + " (org.mandateledger.api.security.PasswordHashCommand makes one).", entry.user().username());
            case "bcrypt" -> {
                if (!BCRYPT.matcher(hash).matches()) {
                    throw new UsersFileException(entryName + ": the {bcrypt} hash is malformed"
                            + " (expected $2a$NN$ followed by 53 characters).");
                }
            }
            default -> {
                try {
                    // Fails fast if no encoder has this id (the probe must not be empty: empty never matches).
                    encoder.matches("probe", entry.passwordHash());
                } catch (IllegalArgumentException e) {
                    throw new UsersFileException(entryName + ": unknown password encoder id '{" + id
                            + "}'; use {bcrypt}.", e);
                } catch (LinkageError e) {
                    throw new UsersFileException(entryName + ": password encoder '{" + id
                            + "}' needs a library that is not on the class path; use {bcrypt}.", e);
                } catch (RuntimeException e) {
                    throw new UsersFileException(entryName + ": the {" + id + "} hash is malformed.", e);
                }
                if (WEAK_IDS.contains(id)) {
                    log.warn("User '{}' has a password hashed with the weak {{}} encoder; use {bcrypt}.",
                            entry.user().username(), id);
                }
            }
        }
    }

    private static String roleCounts(LedgerUserDirectory directory) {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        directory.users().forEach(u -> counts.merge(u.role(), 1, Integer::sum));
        return counts.toString();
    }
}
