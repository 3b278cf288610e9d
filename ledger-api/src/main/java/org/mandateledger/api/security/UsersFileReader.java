package org.mandateledger.api.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks the shape of a users file: a JSON or YAML list of
 * {@code {username, password, role, confederation, organisation?, login?}}. JSON unless the name ends
 * in {@code .yml} or {@code .yaml}. Every problem is reported as a {@link UsersFileException} naming
 * the file and the entry. Which password encoders are acceptable is checked by
 * {@link LedgerUsersLoader}.
 */
final class UsersFileReader {

    /** One checked entry; {@code number} counts from 1 in file order. */
    record Entry(int number, LedgerUser user, String passwordHash) {
    }

    static final Set<String> REQUIRED_FIELDS = Set.of("username", "password", "role", "confederation");
    static final List<String> ALL_FIELDS =
            List.of("username", "password", "role", "confederation", "organisation", "login");

    /** No whitespace and no ':' (HTTP Basic cannot carry a ':' in the user name). */
    private static final Pattern USERNAME = Pattern.compile("[^\\s:]{1,128}");
    /** {@code {id}rest}, the form {@code DelegatingPasswordEncoder} understands. */
    static final Pattern ENCODED_PASSWORD = Pattern.compile("\\{([A-Za-z0-9@._-]+)}(.+)", Pattern.DOTALL);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private UsersFileReader() {
    }

    static boolean isYaml(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    static List<Entry> read(Path file) {
        String where = "Users file '" + file.toAbsolutePath() + "'";
        if (!Files.exists(file)) {
            throw new UsersFileException(where + " does not exist (set by ledger.security.users-file)."
                    + " Create it, or unset ledger.security.users-file to use the bootstrap admin.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsersFileException(where + " is not a readable file.");
        }
        boolean yaml = isYaml(file);
        JsonNode root;
        try {
            root = (yaml ? YAML : JSON).readTree(file);
        } catch (JacksonException e) {
            throw new UsersFileException(where + " cannot be parsed as " + (yaml ? "YAML" : "JSON") + ": "
                    + describe(e) + (yaml ? YAML_HINT : ""), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new UsersFileException(where + " is empty; it must hold a list of users.");
        }
        if (!root.isArray()) {
            throw new UsersFileException(where + " must hold a list of users (a JSON array or a YAML sequence),"
                    + " each {username, password, role, confederation, organisation?, login?}.");
        }
        if (root.isEmpty()) {
            throw new UsersFileException(where + " holds no users; nobody could sign in.");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int number = 0;
        for (JsonNode node : root.values()) {
            number++;
            Entry entry = readEntry(where, number, node, yaml);
            String key = entry.user().username().toLowerCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(key, number);
            if (earlier != null) {
                throw new UsersFileException(where + ", entry #" + number + " (username '"
                        + entry.user().username() + "'): duplicate username; entry #" + earlier
                        + " has the same one (user names are compared ignoring case).");
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private static final String YAML_HINT = " (hint: in YAML quote the password and a '*' reach,"
            + " e.g. password: \"{bcrypt}$2a$10$...\" and confederation: \"*\")";

    private static Entry readEntry(String where, int number, JsonNode node, boolean yaml) {
        if (node == null || !node.isObject()) {
            throw new UsersFileException(where + ", entry #" + number
                    + ": must be an object {username, password, role, confederation, organisation?, login?}.");
        }
        String username = node.get("username") != null && node.get("username").isString()
                ? node.get("username").stringValue() : null;
        String entryName = where + ", entry #" + number + (username != null ? " (username '" + username + "')" : "");

        for (String field : node.propertyNames()) {
            if (!ALL_FIELDS.contains(field)) {
                throw new UsersFileException(entryName + ": unknown field '" + field + "'; allowed fields are "
                        + String.join(", ", ALL_FIELDS) + ".");
            }
        }
        for (String field : ALL_FIELDS) {
            JsonNode value = node.get(field);
            boolean absent = value == null || value.isNull() || value.isMissingNode();
            if (absent && REQUIRED_FIELDS.contains(field)) {
                throw new UsersFileException(entryName + ": missing field '" + field + "'.");
            }
            if (!absent && !value.isString()) {
                throw new UsersFileException(entryName + ": field '" + field + "' must be a string"
                        + (yaml ? " (quote it in YAML)" : "") + ".");
            }
        }

        if (!USERNAME.matcher(username).matches()) {
            throw new UsersFileException(entryName
                    + ": username must be 1 to 128 characters with no whitespace and no ':'.");
        }
        String password = node.get("password").stringValue();
        if (!ENCODED_PASSWORD.matcher(password).matches()) {
            throw new UsersFileException(entryName + ": password is not in Spring Security's '{id}hash' form"
                    + " (e.g. '{bcrypt}$2a$10$...'); plain-text passwords are refused."
                    + " Make one with org.mandateledger.api.security.PasswordHashCommand.");
        }
        String roleName = node.get("role").stringValue();
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(roleName)).findFirst()
                .orElseThrow(() -> new UsersFileException(entryName + ": unknown role '" + roleName
                        + "'; expected one of " + Arrays.stream(Role.values()).map(Role::name)
                        .collect(Collectors.joining(", ")) + "."));
        String confederation = node.get("confederation").stringValue();
        if (!LedgerUser.isValidReach(confederation)) {
            throw new UsersFileException(entryName + ": confederation '" + confederation
                    + "' is neither a slug [a-z0-9-]{1,64} nor '*'.");
        }
        String organisation = optional(node, "organisation");
        String login = optional(node, "login");
        return new Entry(number, new LedgerUser(username, role, confederation, organisation, login), password);
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The parser's message without anything copied from the file: YAML messages quote the offending
     * line (which may hold a password), JSON ones the offending token.
     */
    static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        String message = original.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(line -> QUOTED.matcher(line).replaceAll(quoted -> PARSER_WORD.matcher(quoted.group(1)).matches()
                        ? Matcher.quoteReplacement(quoted.group()) : "'...'"))
                .collect(Collectors.joining("; "));
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }

    private static final Pattern QUOTED = Pattern.compile("'([^'\\n]*)'");
    /** Quoted words that are the parser's own, not copied from the file. */
    private static final Pattern PARSER_WORD = Pattern.compile(".?|<[a-z ]+>|null|true|false|NaN");
}
