package org.mandateledger.api.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's users ({@code ledger.demo=true} without a users file), one of each kind of person who
 * uses the ledger, in the demo confederation: a chair, a secretariat, a delegate, a member practice
 * and an ICB user. As for the bootstrap admin, their random passwords are printed once, on the first
 * start, and only bcrypt hashes are kept ({@code <ledger.data-dir>/demo-users.json}, owner-only). The
 * passwords of this start's new users are also held in memory for the demo's loader, which records
 * the demo through the API as they would.
 */
public final class DemoUsers {

    public static final String FILE_NAME = "demo-users.json";
    public static final String CONFEDERATION = "cheshire-east-demo";
    public static final String MEMBER_PRACTICE = "N81002";
    public static final String DELEGATE_LOGIN = "demo.delegate";

    /** The demo's users: name, role, reach, organisation, login. */
    static final List<LedgerUser> USERS = List.of(
            new LedgerUser("demo-chair", Role.CHAIR, CONFEDERATION, null, null),
            new LedgerUser("demo-secretariat", Role.SECRETARIAT, CONFEDERATION, null, null),
            new LedgerUser("demo-delegate", Role.DELEGATE, CONFEDERATION, null, DELEGATE_LOGIN),
            new LedgerUser("demo-member", Role.MEMBER, CONFEDERATION, MEMBER_PRACTICE, null),
            new LedgerUser("demo-icb", Role.ICB, LedgerUser.EVERYWHERE, null, null));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private static final Map<String, String> NEW_PASSWORDS = new ConcurrentHashMap<>();

    private DemoUsers() {
    }

    /** This start's password of a demo user made now; empty on later starts, when only hashes are kept. */
    public static Optional<String> newPassword(String username) {
        return Optional.ofNullable(NEW_PASSWORDS.get(username));
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Makes the demo users file if it is not there yet, printing each new password once. */
    static void createIfMissing(Path dataDir, PasswordEncoder encoder) {
        Path file = file(dataDir);
        if (Files.exists(file)) {
            NEW_PASSWORDS.clear();
            return;
        }
        List<Map<String, String>> entries = new ArrayList<>();
        StringBuilder printed = new StringBuilder();
        for (LedgerUser user : USERS) {
            String password = BootstrapAdmin.newPassword();
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("username", user.username());
            entry.put("password", encoder.encode(password));
            entry.put("role", user.role().name());
            entry.put("confederation", user.confederation());
            if (user.organisation() != null) {
                entry.put("organisation", user.organisation());
            }
            if (user.login() != null) {
                entry.put("login", user.login());
            }
            entries.add(entry);
            NEW_PASSWORDS.put(user.username(), password);
            printed.append(String.format("     username: %-17s role: %-12s password: %s%n", user.username(), user.role(), password));
        }
        String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(entries) + System.lineSeparator();
        BootstrapAdmin.writeOwnerOnly(dataDir, file, json);
        String line = "=".repeat(78);
        log.warn("""

                {}
                 DEMO (ledger.demo=true): made-up data for trying the service, and a user of each role in
                 the demo confederation '{}':
                {}
                 THESE PASSWORDS ARE SHOWN ONCE, NOW. Only their bcrypt hashes are kept, in {}
                 Every page says the ledger holds demo data. Do not use a demo ledger for real records.
                {}""", line, CONFEDERATION, printed.toString().stripTrailing(), file.toAbsolutePath(), line);
    }
}
