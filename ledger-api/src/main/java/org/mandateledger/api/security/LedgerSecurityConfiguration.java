package org.mandateledger.api.security;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * HTTP security of the Mandate Ledger API: HTTP Basic, stateless, no CSRF (a JSON API without
 * cookies), users from {@code ledger.security.users-file} (or the bootstrap admin), authorisation by
 * {@link AccessRules}, errors as {@code application/problem+json}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({LedgerSecurityProperties.class, RateLimitProperties.class})
public class LedgerSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Read once at start-up; a bad users file stops the application. */
    @Bean
    LedgerUserDirectory ledgerUserDirectory(LedgerSecurityProperties properties, PasswordEncoder passwordEncoder,
            @Value("${ledger.data-dir:./data}") String dataDir) {
        return new LedgerUsersLoader(passwordEncoder).load(properties.usersFile(), Path.of(dataDir));
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
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(JsonMapper jsonMapper) {
        return new ProblemAuthenticationEntryPoint(jsonMapper);
    }

    @Bean
    ProblemAccessDeniedHandler problemAccessDeniedHandler(JsonMapper jsonMapper) {
        return new ProblemAccessDeniedHandler(jsonMapper);
    }

    /** Not a bean: a bean filter would also be registered with the servlet container, outside the security chain. */
    static RateLimitFilter rateLimitFilter(RateLimitProperties limits, JsonMapper jsonMapper) {
        return new RateLimitFilter(limits, jsonMapper);
    }

    @Bean
    SecurityFilterChain ledgerSecurityFilterChain(HttpSecurity http, AccessRules accessRules,
            ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDeniedHandler,
            RateLimitProperties limits, JsonMapper jsonMapper)
            throws Exception {
        http
                .addFilterAfter(rateLimitFilter(limits, jsonMapper), AnonymousAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName(AccessRules.REALM).authenticationEntryPoint(entryPoint))
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
