package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mandateledger.LedgerApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code prod} profile's pages: a person signs in through OpenID Connect (authorization code with
 * PKCE) at the issuer of the API's tokens, and the ID token's claims give the role and reach, as a
 * bearer token's do. The issuer is played here by a small HTTP server with a key pair made for the
 * test: its token endpoint checks the client's secret and the PKCE verifier, and hands out an ID token
 * for the claims the test chose. An ID token naming no role, signed by another key, for another
 * audience or with another nonce signs nobody in.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class OidcSignInTest {

    private static final String ISSUER = "https://login.example.test/ledger";
    private static final String CLIENT = "ledger-pages";
    private static final String SECRET = "pages-secret";
    private static final KeyPair KEYS = TestKeys.rsa();
    private static final KeyPair OTHER_KEYS = TestKeys.rsa();
    private static final Path DATA_DIR;
    private static final HttpServer IDENTITY;
    /** What the issuer will answer for each code it hands out: the ID token, and the PKCE challenge it was asked with. */
    private static final Map<String, Issued> CODES = new ConcurrentHashMap<>();

    private record Issued(String idToken, String challenge) {
    }

    static {
        try {
            DATA_DIR = Files.createTempDirectory("ledger-oidc-");
            IDENTITY = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            IDENTITY.createContext("/jwks", exchange -> answer(exchange, 200,
                    new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("k1").build()).toString()));
            IDENTITY.createContext("/token", OidcSignInTest::token);
            IDENTITY.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.stop(0);
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        String identity = "http://127.0.0.1:" + IDENTITY.getAddress().getPort();
        registry.add("ledger.data-dir", () -> DATA_DIR.resolve("data").toString());
        registry.add("ledger.security.jwt.issuer", () -> ISSUER);
        registry.add("ledger.security.jwt.audience", () -> "mandate-ledger");
        registry.add("ledger.security.jwt.jwk-set-uri", () -> identity + "/jwks");
        registry.add("ledger.security.oidc.client-id", () -> CLIENT);
        registry.add("ledger.security.oidc.client-secret", () -> SECRET);
        registry.add("ledger.security.oidc.authorization-uri", () -> identity + "/authorize");
        registry.add("ledger.security.oidc.token-uri", () -> identity + "/token");
    }

    @LocalServerPort
    int port;

    @Test
    void a_person_signs_in_through_the_identity_service_with_the_role_and_reach_its_claims_give() {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("href=\"/oauth2/authorization/nhs\"").contains("Sign in with NHS Care Identity Service")
                .doesNotContain("name=\"password\"");
        assertThat(get("/", null).headers().firstValue("Location").orElse("")).endsWith("/login");

        SignIn signIn = signIn(KEYS, claims -> { });
        assertThat(signIn.callback().statusCode()).isEqualTo(302);
        assertThat(signIn.callback().headers().firstValue("Location").orElseThrow()).doesNotContain("refused").endsWith("/");
        HttpResponse<String> home = get("/", signIn.session());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("dr.chair (Chair, cheshire-east)");
        // The session is the pages' alone: the API stays stateless and wants a token.
        assertThat(get("/api/v1/topics", signIn.session()).statusCode()).isEqualTo(401);
        // Signing out ends the session.
        HttpResponse<String> out = send(at("/logout").header("Cookie", signIn.session()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + PageClient.token(home.body()))));
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?signedOut");
        assertThat(get("/", signIn.session()).statusCode()).isEqualTo(302);
    }

    @Test
    void an_id_token_that_does_not_hold_or_names_nobody_the_ledger_knows_signs_nobody_in() {
        Map<String, SignIn> refused = new LinkedHashMap<>();
        refused.put("no role", signIn(KEYS, claims -> claims.claim("ledger_role", null)));
        refused.put("no reach", signIn(KEYS, claims -> claims.claim("ledger_confederation", null)));
        refused.put("another key", signIn(OTHER_KEYS, claims -> { }));
        refused.put("another audience", signIn(KEYS, claims -> claims.audience("another-client")));
        refused.put("another issuer", signIn(KEYS, claims -> claims.issuer("https://elsewhere.example.test")));
        refused.put("another nonce", signIn(KEYS, claims -> claims.claim("nonce", "not-the-one-asked-for")));
        refused.put("expired", signIn(KEYS, claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(600)))
                .issueTime(Date.from(Instant.now().minusSeconds(1200)))));
        refused.forEach((why, signIn) -> {
            assertThat(signIn.callback().statusCode()).as(why).isEqualTo(302);
            assertThat(signIn.callback().headers().firstValue("Location").orElse("")).as(why).endsWith("/login?refused");
            assertThat(get("/", signIn.session()).statusCode()).as(why + ": not signed in").isEqualTo(302);
        });
        HttpResponse<String> page = get("/login?refused", null);
        assertThat(page.body()).contains("You could not be signed in").contains("<title>Error: Sign in");
    }

    /** The redirect back from the issuer, and the session cookie the service holds the person's sign-in in. */
    private record SignIn(HttpResponse<String> callback, String session) {
    }

    /** Starts a sign-in, plays the issuer (an ID token for the claims as changed, signed with {@code keys}), and comes back. */
    private SignIn signIn(KeyPair keys, Consumer<JWTClaimsSet.Builder> change) {
        HttpResponse<String> start = get("/oauth2/authorization/nhs", null);
        assertThat(start.statusCode()).isEqualTo(302);
        String session = cookie(start, null);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        Map<String, String> asked = query(authorize.getRawQuery());
        assertThat(authorize.getPath()).isEqualTo("/authorize");
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", CLIENT).containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge", "redirect_uri");
        assertThat(asked.get("scope")).contains("openid");

        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(CLIENT).subject("user-123").claim("nonce", asked.get("nonce"))
                .issueTime(Date.from(Instant.now())).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("ledger_role", "CHAIR").claim("ledger_confederation", "cheshire-east").claim("preferred_username", "dr.chair");
        change.accept(claims);
        String code = "code-" + java.util.UUID.randomUUID();
        CODES.put(code, new Issued(sign(keys, claims.build()), asked.get("code_challenge")));
        HttpResponse<String> callback = send(HttpRequest.newBuilder(URI.create(asked.get("redirect_uri") + "?code=" + code + "&state="
                + asked.get("state"))).header("Cookie", session));
        return new SignIn(callback, cookie(callback, session));
    }

    /** The issuer's token endpoint: the ledger's client secret, the code it issued, and the PKCE verifier matching the challenge. */
    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        Issued issued = CODES.remove(String.valueOf(form.get("code")));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization")) || issued == null
                || !"authorization_code".equals(form.get("grant_type")) || form.get("code_verifier") == null
                || !issued.challenge().equals(s256(form.get("code_verifier")))) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid\",\"id_token\":\""
                + issued.idToken() + "\"}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie an answer sets (sent over HTTPS only under prod, so kept by hand here), or {@code otherwise}. */
    private static String cookie(HttpResponse<String> answer, String otherwise) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .peek(c -> assertThat(c).contains("HttpOnly").contains("Secure").contains("SameSite=Lax"))
                .map(c -> c.split(";")[0]).findFirst().orElse(otherwise);
    }

    private HttpRequest.Builder at(String path) {
        return new PageClient(port).at(path);
    }

    private HttpResponse<String> get(String path, String session) {
        HttpRequest.Builder request = at(path);
        if (session != null) {
            request.header("Cookie", session);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return new PageClient(port).send(request);
    }
}
