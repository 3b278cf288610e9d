package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mandateledger.LedgerApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The {@code prod} profile: an OAuth2 resource server. Tokens are signed here with a key pair made
 * for the test, whose public half the service is given as a PEM file; the role and reach come from
 * the token's claims. A valid token gets in; an expired one, one for another audience or from
 * another issuer, one without a role, one signed by another key, and HTTP Basic do not.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class JwtAuthenticationTest {

    private static final String ISSUER = "https://login.example.test/ledger";
    private static final String AUDIENCE = "mandate-ledger";
    private static final Path DATA_DIR;
    private static final KeyPair KEYS = TestKeys.rsa();
    private static final KeyPair OTHER_KEYS = TestKeys.rsa();

    static {
        try {
            DATA_DIR = Files.createTempDirectory("ledger-jwt-");
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(DATA_DIR.resolve("issuer.pem"), pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> DATA_DIR.resolve("data").toString());
        registry.add("ledger.security.jwt.issuer", () -> ISSUER);
        registry.add("ledger.security.jwt.audience", () -> AUDIENCE);
        registry.add("ledger.security.jwt.public-key", () -> DATA_DIR.resolve("issuer.pem").toUri().toString());
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_valid_token_signs_in_with_the_role_and_reach_its_claims_give() {
        String chair = token(claims -> { });
        assertThat(get("/api/v1/topics", chair).statusCode()).isEqualTo(200);
        // The role and reach are the token's: a chair of cheshire-east writes there, not elsewhere.
        assertThat(put("/api/v1/topics/jwt-topic", "{\"title\":\"JWT topic\"}", chair).statusCode()).isIn(200, 201);
        HttpResponse<String> elsewhere = put("/api/v1/confederations/somewhere-else", "{\"name\":\"X\"}", chair);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        // An ICB token reads but never writes.
        String icb = token(claims -> claims.claim("ledger_role", "ICB").claim("ledger_confederation", "*"));
        assertThat(get("/api/v1/topics", icb).statusCode()).isEqualTo(200);
        assertThat(put("/api/v1/topics/jwt-other", "{\"title\":\"No\"}", icb).statusCode()).isEqualTo(403);
    }

    @Test
    void tokens_that_do_not_hold_are_refused_as_401_problems() {
        Map<String, String> refused = Map.of(
                "expired", token(claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                        .issueTime(Date.from(Instant.now().minusSeconds(7200)))),
                "wrong audience", token(claims -> claims.audience("another-service")),
                "no expiry", token(claims -> claims.expirationTime(null)),
                "wrong issuer", token(claims -> claims.issuer("https://elsewhere.example.test")),
                "missing role", token(claims -> claims.claim("ledger_role", null)),
                "unknown role", token(claims -> claims.claim("ledger_role", "KING")),
                "missing reach", token(claims -> claims.claim("ledger_confederation", null)),
                "another key", sign(OTHER_KEYS, claims -> { }));
        refused.forEach((why, token) -> {
            HttpResponse<String> answer = get("/api/v1/topics", token);
            assertThat(answer.statusCode()).as(why).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(why).startsWith("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).as(why).startsWith("Bearer");
            assertThat(json(answer).get("code").asString()).as(why).isEqualTo("UNAUTHENTICATED");
        });
        // No token, and HTTP Basic, are not ways in under prod.
        assertThat(get("/api/v1/topics", null).statusCode()).isEqualTo(401);
        HttpResponse<String> basic = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/topics"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))).GET());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(Files.exists(DATA_DIR.resolve("data").resolve("bootstrap-admin.json"))).as("no bootstrap admin under prod").isFalse();
    }

    private String token(Consumer<JWTClaimsSet.Builder> change) {
        return sign(KEYS, change);
    }

    private static String sign(KeyPair keys, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject("user-123")
                .issueTime(Date.from(Instant.now())).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("ledger_role", "CHAIR").claim("ledger_confederation", "cheshire-east").claim("preferred_username", "dr.chair");
        change.accept(claims);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> put(String path, String body, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        return LedgerHttp.JSON.readTree(answer.body());
    }
}
