package org.mandateledger.api.pages;

import jakarta.servlet.DispatcherType;
import java.util.Set;
import org.mandateledger.api.security.JwtSettings;
import org.mandateledger.api.security.LedgerOidcUserService;
import org.mandateledger.api.security.LedgerSecurityConfiguration;
import org.mandateledger.api.security.OidcSettings;
import org.mandateledger.api.security.RateLimitProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The pages' security chain, after the API's: every path the API's chain does not take. A person
 * signs in on {@code /login} (fields {@code username}, {@code password}, {@code _csrf}) with the same
 * users as the API, and is kept signed in by a session cookie ({@code HttpOnly}, {@code SameSite=Lax},
 * {@code Secure} under {@code prod}); every form carries a CSRF token. What each page may show or do is
 * decided where the API decides it: the pages ask the API's controllers (ADR 0018). Under {@code prod}
 * (tokens, no passwords) there is no password form: a person signs in through OpenID Connect against
 * the issuer of the API's tokens ({@link OidcSettings}), whose claims give the same role and reach; with
 * no client registered, the sign-in page says so plainly.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

    /** Served to anyone: the design system's files and the pages' own stylesheets and scripts. */
    static final String[] ASSETS = {"/nhsuk-frontend/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico"};

    /**
     * Pages may load only this service's own files; the NHS fonts come from the NHS's asset host.
     * No inline script or style: charts are SVG drawn on the server.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' https://assets.nhs.uk; "
            + "style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain pagesSecurityFilterChain(HttpSecurity http, ErrorPages errorPages, RateLimitProperties limits,
            JwtSettings jwt, OidcSettings oidc, @Value("${" + LedgerSecurityConfiguration.MODE + ":basic}") String mode) throws Exception {
        boolean passwords = "basic".equals(mode);
        http.authorizeHttpRequests(rules -> {
            rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            rules.requestMatchers(ASSETS).permitAll();
            rules.requestMatchers("/login").permitAll();
            rules.anyRequest().authenticated();
        });
        if (passwords) {
            http.formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false));
        } else {
            http.formLogin(AbstractHttpConfigurer::disable);
            if (oidc.configured()) {
                ClientRegistration registration = oidc.registration(jwt);
                http.oauth2Login(login -> login.loginPage("/login")
                        .clientRegistrationRepository(new InMemoryClientRegistrationRepository(registration))
                        .userInfoEndpoint(user -> user.oidcUserService(new LedgerOidcUserService()))
                        .failureUrl("/login?refused")
                        .defaultSuccessUrl("/", false));
            }
        }
        // After signing in, back to the page first asked for, at its own address (no "?continue" added): only a
        // page a browser navigated to (GET, asking for HTML) is kept, never an icon or a script it fetched meanwhile.
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setMatchingRequestParameterName(null);
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        requests.setRequestMatcher(request -> "GET".equals(request.getMethod()) && html.matches(request));
        http.requestCache(cache -> cache.requestCache(requests))
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .addFilterAfter(LedgerSecurityConfiguration.rateLimitFilter(limits, (request, response, user, seconds) ->
                        errorPages.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "You have opened many pages in a short time. Wait "
                                + seconds + (seconds == 1 ? " second" : " seconds") + ", then try again: nothing you sent was recorded.")),
                        AnonymousAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler((request, response, denied) -> errorPages.write(request, response, HttpStatus.FORBIDDEN,
                                denied instanceof CsrfException
                                        ? "This form had expired or was not sent from the ledger's own page. Nothing was recorded: go back, reload the page and send it again."
                                        : denied.getMessage())));
        return http.build();
    }
}
