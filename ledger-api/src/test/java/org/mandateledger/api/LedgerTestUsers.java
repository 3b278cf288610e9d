package org.mandateledger.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The users every HTTP test signs in as, written to a users file the service reads at start. */
public final class LedgerTestUsers {

    public static final String CONFEDERATION = "cheshire-east";
    public static final Map<String, String> PASSWORDS = Map.ofEntries(
            Map.entry("chair", "chair-password-1"),
            Map.entry("sec", "sec-password-1"),
            Map.entry("icb", "icb-password-1"),
            Map.entry("registrar", "registrar-password-1"),
            Map.entry("ops", "ops-password-1"),
            Map.entry("other-chair", "other-chair-password-1"),
            Map.entry("dr-ahmed", "dr-ahmed-password-1"),
            Map.entry("dr-brown", "dr-brown-password-1"),
            Map.entry("west-ahmed", "west-ahmed-password-1"),
            Map.entry("icb-ahmed", "icb-ahmed-password-1"),
            Map.entry("dr-carter", "dr-carter-password-1"),
            Map.entry("fb-chair", "fb-chair-password-1"),
            Map.entry("feed-delegate", "feed-delegate-password-1"),
            Map.entry("rebuild-delegate", "rebuild-delegate-password-1"),
            Map.entry("rebuild-chair", "rebuild-chair-password-1"),
            Map.entry("mbr-one", "mbr-one-password-1"),
            Map.entry("mx-chair", "mx-chair-password-1"),
            Map.entry("mx-sec", "mx-sec-password-1"),
            Map.entry("mx-delegate", "mx-delegate-password-1"),
            Map.entry("mx-member", "mx-member-password-1"),
            Map.entry("idem-chair", "idem-chair-password-1"),
            Map.entry("idem-sec", "idem-sec-password-1"),
            Map.entry("ledger-chair", "ledger-chair-password-1"),
            Map.entry("fz-chair", "fz-chair-password-1"),
            Map.entry("fz-delegate", "fz-delegate-password-1"),
            Map.entry("pg-chair", "pg-chair-password-1"),
            Map.entry("pg-delegate", "pg-delegate-password-1"),
            Map.entry("pg-icb", "pg-icb-password-1"),
            Map.entry("pg-member", "pg-member-password-1"),
            Map.entry("pr-chair", "pr-chair-password-1"),
            Map.entry("pr-member", "pr-member-password-1"),
            Map.entry("wh-chair", "wh-chair-password-1"),
            Map.entry("wh-icb", "wh-icb-password-1"));

    private LedgerTestUsers() {
    }

    public static Path write(Path dir) throws IOException {
        List<Map<String, Object>> users = List.of(
                user("chair", "CHAIR", CONFEDERATION),
                user("sec", "SECRETARIAT", CONFEDERATION),
                user("icb", "ICB", "*"),
                user("registrar", "SECRETARIAT", "*"),
                user("ops", "ADMIN", "*"),
                user("other-chair", "CHAIR", "cheshire-west"),
                delegate("dr-ahmed", "cheshire-briefs", "dr.ahmed"),
                delegate("dr-brown", "cheshire-briefs", "dr.brown"),
                // The same login elsewhere: a delegate of another confederation, and an ICB user.
                delegate("west-ahmed", "cheshire-west", "dr.ahmed"),
                Map.of("username", "icb-ahmed", "password", "{noop}" + PASSWORDS.get("icb-ahmed"), "role", "ICB", "confederation", "*",
                        "login", "dr.ahmed"),
                delegate("dr-carter", "cheshire-feedback", "dr.carter"),
                user("fb-chair", "CHAIR", "cheshire-feedback"),
                delegate("feed-delegate", "feed-test", "feed.delegate"),
                delegate("rebuild-delegate", "rebuild-test", "rebuild.delegate"),
                user("rebuild-chair", "CHAIR", "rebuild-test"),
                Map.of("username", "mbr-one", "password", "{noop}" + PASSWORDS.get("mbr-one"), "role", "MEMBER",
                        "confederation", "member-test", "organisation", "MBR001"),
                // One user of each role for the authorisation matrix, all reaching the confederation "matrix".
                user("mx-chair", "CHAIR", "matrix"),
                user("mx-sec", "SECRETARIAT", "matrix"),
                delegate("mx-delegate", "matrix", "mx.delegate"),
                Map.of("username", "mx-member", "password", "{noop}" + PASSWORDS.get("mx-member"), "role", "MEMBER",
                        "confederation", "matrix", "organisation", "MX001"),
                user("idem-chair", "CHAIR", "idempotency"),
                user("idem-sec", "SECRETARIAT", "idempotency"),
                // A chair of every confederation: the one role that exports the ledger whole.
                user("ledger-chair", "CHAIR", "*"),
                // The bad-input campaign's chair (ratification) and briefed delegate (acknowledgement, feedback).
                user("fz-chair", "CHAIR", "fuzz-campaign"),
                delegate("fz-delegate", "fuzz-campaign", "fz.delegate"),
                // The pages' browser tests: one person of each kind, in the confederation "pages-test".
                user("pg-chair", "CHAIR", "pages-test"),
                delegate("pg-delegate", "pages-test", "pg.delegate"),
                user("pg-icb", "ICB", "*"),
                Map.of("username", "pg-member", "password", "{noop}" + PASSWORDS.get("pg-member"), "role", "MEMBER",
                        "confederation", "pages-test", "organisation", "N81002"),
                // The pages' reach tests (PagesHttpTest): the confederation "pages-reach", its chair and one member practice.
                user("pr-chair", "CHAIR", "pages-reach"),
                Map.of("username", "pr-member", "password", "{noop}" + PASSWORDS.get("pr-member"), "role", "MEMBER",
                        "confederation", "pages-reach", "organisation", "N81002"),
                // Webhooks (WebhookTest, WebhookDeliveryIT): the chair who subscribes, and an ICB user whose feed a receiver's deliveries must equal.
                user("wh-chair", "CHAIR", "webhook-test"),
                user("wh-icb", "ICB", "webhook-test"));
        Path file = dir.resolve("users.json");
        Files.write(file, LedgerHttp.JSON.writeValueAsBytes(users));
        return file;
    }

    /** A delegate, linked by {@code login} to the person whose briefs they read. */
    private static Map<String, Object> delegate(String name, String confederation, String login) {
        return Map.of("username", name, "password", "{noop}" + PASSWORDS.get(name), "role", "DELEGATE", "confederation", confederation,
                "login", login);
    }

    private static Map<String, Object> user(String name, String role, String confederation) {
        return Map.of("username", name, "password", "{noop}" + PASSWORDS.get(name), "role", role, "confederation", confederation);
    }
}
