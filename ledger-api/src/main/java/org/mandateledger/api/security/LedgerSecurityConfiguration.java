package org.mandateledger.api.security;

import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP security of the Mandate Ledger API: stateless, no CSRF (a JSON API without cookies),
 * authorisation by {@link AccessRules}, a per-user rate limit, errors as {@code application/problem+json}.
 * Callers sign in with HTTP Basic, users from {@code ledger.security.users-file} (or the bootstrap
 * admin) — or, in the {@code prod} profile ({@code ledger.security.mode=jwt}), with bearer tokens
 * whose claims carry the role and reach ({@link LedgerJwtConverter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({LedgerSecurityProperties.class, RateLimitProperties.class, JwtSettings.class, OidcSettings.class})
public class LedgerSecurityConfiguration {

    /** {@code {bcrypt}} and the other forms Spring knows; a password that matched is remembered for a while ({@link RememberedPasswords}). */
    @Bean
    RememberedPasswords passwordEncoder() {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), java.time.Clock.systemUTC());
    }

    /** {@code basic} (the embedded default: HTTP Basic, users file) or {@code jwt} (the {@code prod} profile: bearer tokens). */
    public static final String MODE = "ledger.security.mode";

    /** Read once at start-up; a bad users file stops the application. Not with tokens: nobody signs in with a password then. */
    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "basic", matchIfMissing = true)
    LedgerUserDirectory ledgerUserDirectory(LedgerSecurityProperties properties, PasswordEncoder passwordEncoder,
            @Value("${ledger.demo:false}") boolean demo,
            @Value("${ledger.data-dir:./data}") String dataDir) {
        LedgerUserDirectory directory = new LedgerUsersLoader(passwordEncoder).load(properties.usersFile(), Path.of(dataDir), demo);
        if (passwordEncoder instanceof RememberedPasswords remembered) {
            remembered.rememberFor(directory::holdsHash);
        }
        return directory;
    }

    @Bean
    AccessRules accessRules() {
        return new AccessRules();
    }

    @Bean
    Reach reach() {
        return new Reach();
    }

    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(JsonMapper jsonMapper, @Value("${" + MODE + ":basic}") String mode) {
        return new ProblemAuthenticationEntryPoint(jsonMapper, "jwt".equals(mode));
    }

    /**
     * The {@code prod} profile's token decoder: signatures checked against the configured keys, and
     * the issuer, the audience and the token's lifetime validated on every request.
     */
    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "jwt")
    JwtDecoder jwtDecoder(JwtSettings settings, ResourceLoader resources) throws IOException {
        NimbusJwtDecoder decoder = signedBy(settings, resources);
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(settings.audience()));
        // A token must say when it ends: the default validators let one without "exp" live for ever.
        OAuth2TokenValidator<Jwt> expires = new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(settings.issuer()), audience,
                expires));
        return decoder;
    }

    /**
     * The pages' ID tokens ({@code prod}, {@link OidcSettings}): signed with the same keys as the API's
     * tokens, and checked as OpenID Connect says (issuer, the ledger's client id as audience, lifetime,
     * nonce); Spring Security's login flow picks this factory up.
     */
    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "jwt")
    JwtDecoderFactory<ClientRegistration> idTokenDecoders(JwtSettings settings, ResourceLoader resources) {
        java.util.Map<String, JwtDecoder> decoders = new java.util.concurrent.ConcurrentHashMap<>();
        return registration -> decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            try {
                NimbusJwtDecoder decoder = signedBy(settings, resources);
                decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                        new OidcIdTokenValidator(registration)));
                return decoder;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A decoder checking signatures against the issuer's keys: its JWK set, or a PEM public key. */
    private static NimbusJwtDecoder signedBy(JwtSettings settings, ResourceLoader resources) throws IOException {
        settings.check();
        if (JwtSettings.blank(settings.jwkSetUri())) {
            try (InputStream pem = resources.getResource(settings.publicKey()).getInputStream()) {
                return NimbusJwtDecoder.withPublicKey(RsaKeyConverters.x509().convert(pem)).build();
            }
        }
        return NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
    }

    @Bean
    ProblemAccessDeniedHandler problemAccessDeniedHandler(JsonMapper jsonMapper) {
        return new ProblemAccessDeniedHandler(jsonMapper);
    }

    /**
     * Not a bean: a bean filter would also be registered with the servlet container, outside the security chain.
     * The pages' chain takes one of its own, so a user's requests are limited on either route.
     */
    public static RateLimitFilter rateLimitFilter(RateLimitProperties limits, JsonMapper jsonMapper) {
        return new RateLimitFilter(limits, RateLimitFilter.problem(jsonMapper));
    }

    /** The pages' limiter: its own buckets, and a refusal of the pages' choosing. */
    public static RateLimitFilter rateLimitFilter(RateLimitProperties limits, RateLimitFilter.Refusal refusal) {
        return new RateLimitFilter(limits, refusal);
    }

    /**
     * The API's chain: the REST API, the OpenAPI document, Swagger UI, the actuator and the error
     * dispatch; stateless. Every other path is a page, and the pages' chain (sessions, CSRF, sign-in
     * form) takes it after this one.
     */
    @Bean
    @Order(1)
    SecurityFilterChain ledgerSecurityFilterChain(HttpSecurity http, AccessRules accessRules,
            ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDeniedHandler,
            RateLimitProperties limits, JsonMapper jsonMapper, ObjectProvider<JwtDecoder> tokens,
            @Value("${" + MODE + ":basic}") String mode)
            throws Exception {
        if (!mode.equals("basic") && !mode.equals("jwt")) {
            throw new IllegalStateException(MODE + " is basic or jwt, not '" + mode + "'");
        }
        if (mode.equals("jwt")) {
            JwtDecoder decoder = tokens.getObject();
            http.oauth2ResourceServer(resource -> resource.authenticationEntryPoint(entryPoint)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new LedgerJwtConverter())));
            http.httpBasic(AbstractHttpConfigurer::disable);
        } else {
            http.httpBasic(basic -> basic.realmName(AccessRules.REALM).authenticationEntryPoint(entryPoint));
        }
        http
                .securityMatcher(AccessRules.API_CHAIN_PATHS.toArray(String[]::new))
                .addFilterAfter(rateLimitFilter(limits, jsonMapper), AnonymousAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .authorizeHttpRequests(accessRules::apply);
        return http.build();
    }
}
