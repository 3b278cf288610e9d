package org.mandateledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The users file and the bootstrap admin, without Spring. */
@ExtendWith(OutputCaptureExtension.class)
class LedgerUsersLoaderTest {

    /** bcrypt (cost 4) of "pw". */
    static final String PW_HASH = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("pw");

    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final LedgerUsersLoader loader = new LedgerUsersLoader(encoder);

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String user(String username, String password, String role, String confederation) {
        return """
                {"username": "%s", "password": "%s", "role": "%s", "confederation": "%s"}"""
                .formatted(username, password.replace("\\", "\\\\"), role, confederation);
    }

    private LedgerUserDirectory load(Path usersFile) {
        return loader.load(usersFile.toString(), dir.resolve("data"));
    }

    private Authentication authenticate(LedgerUserDirectory directory, String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(directory);
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void a_json_users_file_is_loaded_and_its_users_authenticate() throws IOException {
        Path users = file("users.json", "[" + user("ann", PW_HASH, "SECRETARIAT", "*") + ","
                + """
                {"username": "bob", "password": "%s", "role": "MEMBER", "confederation": "north-east-2",
                 "organisation": "Y01234", "login": "bob@example.org"}]""".formatted(PW_HASH));
        LedgerUserDirectory directory = load(users);

        assertThat(directory.users()).containsExactly(
                new LedgerUser("ann", Role.SECRETARIAT, "*", null, null),
                new LedgerUser("bob", Role.MEMBER, "north-east-2", "Y01234", "bob@example.org"));
        for (int i = 0; i < 2; i++) { // erasing credentials after the first login must not touch the stored hash
            Authentication authentication = authenticate(directory, "bob", "pw");
            assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(LedgerPrincipal.class,
                    p -> assertThat(p.ledgerUser().organisation()).isEqualTo("Y01234"));
            assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .contains("ROLE_MEMBER");
        }
        assertThatThrownBy(() -> authenticate(directory, "bob", "wrong"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_yaml_users_file_is_accepted() throws IOException {
        String yaml = """
                - username: carol
                  password: "%s"
                  role: CHAIR
                  confederation: "*"
                - username: dan
                  password: '{noop}dan-secret'
                  role: ICB
                  confederation: south
                  organisation: QWE
                """.formatted(PW_HASH);
        for (String name : new String[] {"users.yml", "users.YAML"}) {
            LedgerUserDirectory directory = load(file(name, yaml));
            assertThat(directory.users()).containsExactly(
                    new LedgerUser("carol", Role.CHAIR, "*", null, null),
                    new LedgerUser("dan", Role.ICB, "south", "QWE", null));
            assertThat(authenticate(directory, "carol", "pw").isAuthenticated()).isTrue();
        }
    }

    @Test
    void a_file_with_another_extension_is_read_as_json() throws IOException {
        LedgerUserDirectory directory = load(file("users.conf", "[" + user("ann", PW_HASH, "ADMIN", "*") + "]"));
        assertThat(directory.find("ann")).map(LedgerUser::role).contains(Role.ADMIN);
    }

    @Test
    void noop_passwords_are_accepted_with_a_warning(CapturedOutput output) throws IOException {
        LedgerUserDirectory directory = load(file("users.json",
                "[" + user("eve", "{noop}plain-secret-42", "DELEGATE", "north") + "]"));

        assertThat(authenticate(directory, "eve", "plain-secret-42").isAuthenticated()).isTrue();
        assertThat(output.getAll()).containsPattern("WARN.*User 'eve' has a \\{noop\\} \\(plain-text\\) password")
                .doesNotContain("plain-secret-42");
    }

    @Test
    void a_first_start_without_users_creates_a_chair_and_an_admin_and_prints_each_password_once(CapturedOutput output)
            throws IOException {
        Path dataDir = dir.resolve("data/nested"); // does not exist yet
        loader.load(null, dataDir);

        String firstStart = output.getAll();
        Matcher printed = Pattern.compile("username: (\\S+)\\s+role: (\\S+)\\s+reach: \\* \\(every confederation\\)\\s+password: ([A-Za-z0-9_-]+)")
                .matcher(firstStart);
        Map<String, String> passwords = new java.util.LinkedHashMap<>();
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        while (printed.find()) {
            roles.put(printed.group(1), printed.group(2));
            passwords.put(printed.group(1), printed.group(3));
        }
        assertThat(roles).as("a chair to try a confederation's work, an admin to operate the service")
                .containsExactly(Map.entry("chair", "CHAIR"), Map.entry("admin", "ADMIN"));
        assertThat(passwords.get("chair")).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(passwords.get("admin"));
        assertThat(firstStart).containsPattern("WARN[\\s\\S]*SHOWN ONCE");
        passwords.values().forEach(password -> assertThat(firstStart.split(Pattern.quote(password), -1)).hasSize(2)); // each printed once
        String password = passwords.get("admin");

        Path hashFile = dataDir.resolve("bootstrap-admin.json");
        assertThat(hashFile).exists();
        String stored = Files.readString(hashFile);
        assertThat(stored).contains("{bcrypt}$2").doesNotContain(password).doesNotContain(passwords.get("chair"));
        if (dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hashFile))).isEqualTo("rw-------");
        }
        try (var leftovers = Files.list(dataDir)) {
            assertThat(leftovers).containsExactly(hashFile); // no temporary file left behind
        }

        int mark = output.getAll().length();
        LedgerUserDirectory secondStart = loader.load("  ", dataDir); // blank = no users file
        String secondLog = output.getAll().substring(mark);
        assertThat(secondLog).doesNotContain(password).doesNotContain(passwords.get("chair")).doesNotContain("SHOWN ONCE")
                .contains("using the bootstrap admin from");
        assertThat(Files.readString(hashFile)).isEqualTo(stored);

        Authentication admin = authenticate(secondStart, "admin", password);
        assertThat(admin.getPrincipal()).isInstanceOfSatisfying(LedgerPrincipal.class, p -> assertThat(p.ledgerUser())
                .isEqualTo(new LedgerUser("admin", Role.ADMIN, "*", null, null)));
        Authentication chair = authenticate(secondStart, "chair", passwords.get("chair"));
        assertThat(chair.getPrincipal()).isInstanceOfSatisfying(LedgerPrincipal.class, p -> assertThat(p.ledgerUser())
                .isEqualTo(new LedgerUser("chair", Role.CHAIR, "*", null, null)));
        assertThatThrownBy(() -> authenticate(secondStart, "admin", "admin"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate(secondStart, "chair", password))
                .as("each user has a password of its own").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_first_users_file_written_by_an_earlier_build_is_read_as_it_is(CapturedOutput output) throws IOException {
        Path dataDir = dir.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("bootstrap-admin.json"), "[" + user("admin", PW_HASH, "CHAIR", "*") + "]");
        LedgerUserDirectory earlier = loader.load(null, dataDir);
        assertThat(earlier.users()).containsExactly(new LedgerUser("admin", Role.CHAIR, "*", null, null));
        assertThat(authenticate(earlier, "admin", "pw").isAuthenticated()).isTrue();
        assertThat(output.getAll()).doesNotContain("SHOWN ONCE");
    }

    @Test
    void every_first_start_gets_a_different_random_password() {
        assertThat(BootstrapAdmin.newPassword()).isNotEqualTo(BootstrapAdmin.newPassword())
                .matches("[A-Za-z0-9_-]{32}");
    }

    @Test
    void a_users_file_with_an_unknown_role_is_refused() throws IOException {
        Path users = file("users.json", "[" + user("ann", PW_HASH, "CHAIR", "*") + ","
                + user("bob", PW_HASH, "CHIEF", "north") + "]");
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining(users.toAbsolutePath().toString())
                .hasMessageContaining("entry #2 (username 'bob')")
                .hasMessageContaining("unknown role 'CHIEF'")
                .hasMessageContaining("CHAIR, SECRETARIAT, DELEGATE, MEMBER, ICB, ADMIN");
    }

    @Test
    void a_configured_users_file_that_does_not_exist_is_refused() {
        Path missing = dir.resolve("no-such-users.yml");
        assertThatThrownBy(() -> load(missing)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString()).hasMessageContaining("does not exist");
        assertThat(dir.resolve("data")).doesNotExist(); // and no bootstrap admin instead
    }

    @Test
    void a_duplicate_username_is_refused() throws IOException {
        Path users = file("users.json", "[" + user("ann", PW_HASH, "CHAIR", "*") + ","
                + user("bob", PW_HASH, "ICB", "*") + "," + user("Ann", PW_HASH, "ICB", "*") + "]");
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("entry #3 (username 'Ann'): duplicate username; entry #1");
    }

    @Test
    void a_missing_field_is_refused() throws IOException {
        Path users = file("users.json", """
                [{"username": "ann", "password": "%s", "confederation": "*"}]""".formatted(PW_HASH));
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("entry #1 (username 'ann'): missing field 'role'");
    }

    @Test
    void an_unknown_field_is_refused() throws IOException {
        Path users = file("users.json", """
                [{"username": "ann", "password": "%s", "role": "CHAIR", "confederation": "*", "email": "a@b"}]"""
                .formatted(PW_HASH));
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("entry #1 (username 'ann'): unknown field 'email'");
    }

    @Test
    void a_field_given_twice_is_refused() throws IOException {
        Path users = file("users.json", """
                [{"username": "ann", "password": "%s", "role": "ICB", "role": "CHAIR", "confederation": "*"}]"""
                .formatted(PW_HASH));
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("cannot be parsed as JSON").hasMessageContaining("role");
    }

    @Test
    void a_password_not_in_id_hash_form_is_refused_without_echoing_it() throws IOException {
        Path users = file("users.json", "[" + user("ann", "hunter2-plain", "CHAIR", "*") + "]");
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("entry #1 (username 'ann'): password is not in Spring Security's '{id}hash' form")
                .hasMessageNotContaining("hunter2-plain");
    }

    @Test
    void an_unknown_password_encoder_or_a_malformed_bcrypt_hash_is_refused() throws IOException {
        Path unknown = file("unknown.json", "[" + user("ann", "{rot13}nop", "CHAIR", "*") + "]");
        assertThatThrownBy(() -> load(unknown)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("unknown password encoder id '{rot13}'");
        Path malformed = file("malformed.json", "[" + user("ann", "{bcrypt}not-a-hash", "CHAIR", "*") + "]");
        assertThatThrownBy(() -> load(malformed)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("the {bcrypt} hash is malformed");
    }

    @Test
    void a_reach_that_is_neither_a_slug_nor_star_is_refused() throws IOException {
        Path users = file("users.json", "[" + user("ann", PW_HASH, "CHAIR", "North East") + "]");
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("confederation 'North East' is neither a slug");
    }

    @Test
    void an_empty_list_or_a_non_list_is_refused() throws IOException {
        assertThatThrownBy(() -> load(file("empty.json", "[]"))).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("holds no users");
        assertThatThrownBy(() -> load(file("blank.yml", ""))).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> load(file("object.json", user("ann", PW_HASH, "CHAIR", "*"))))
                .isInstanceOf(UsersFileException.class).hasMessageContaining("must hold a list of users");
    }

    @Test
    void unquoted_yaml_braces_give_a_hint_and_do_not_echo_the_password() throws IOException {
        Path users = file("users.yml", """
                - username: ann
                  password: {noop}yaml-secret-7
                  role: CHAIR
                  confederation: north
                """);
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining(users.toAbsolutePath().toString())
                .hasMessageContaining("quote the password")
                .hasMessageNotContaining("yaml-secret-7");
    }

    @Test
    void json_syntax_errors_do_not_echo_the_offending_token() throws IOException {
        Path users = file("users.json", """
                [{"username": "ann", "password": hunter2secret, "role": "CHAIR", "confederation": "*"}]""");
        assertThatThrownBy(() -> load(users)).isInstanceOf(UsersFileException.class)
                .hasMessageContaining("cannot be parsed as JSON").hasMessageContaining("line 1")
                .hasMessageNotContaining("hunter2secret");
    }
}
