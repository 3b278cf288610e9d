package org.mandateledger.api.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * THE place where request-level authorisation is decided. {@link #apply} is handed to
 * {@code HttpSecurity#authorizeHttpRequests}; rules are tried top-down, first match wins.
 *
 * <ul>
 * <li>open: {@link #OPEN_PATHS} (health, OpenAPI, Swagger UI);</li>
 * <li>{@code GET}/{@code HEAD} {@code /api/v1/**}: any authenticated user;</li>
 * <li>{@code POST/PUT/PATCH/DELETE /api/v1/confederations/{slug}[/**]}: a {@link #WRITERS writer}
 *     whose reach is {@code slug} or {@code *};</li>
 * <li>{@code POST /api/v1/confederations/{slug}/mandates|issues}: a {@link #WRITERS writer}, or a {@code MEMBER} acting as its
 *     own organisation, whose reach is {@code slug} or {@code *}; {@code POST /api/v1/mandates/{id}/withdrawal}: a writer or a member;</li>
 * <li>{@code /api/v1/admin/**}: {@code ADMIN};</li>
 * <li>{@code GET /api/v1/events}: {@code CHAIR}, {@code SECRETARIAT}, {@code ICB} or {@code ADMIN};</li>
 * <li>{@code GET /api/v1/confederations/{slug}/audit|actions|briefs}: a {@link #WRITERS writer} whose reach is {@code slug} or {@code *};</li>
 * <li>{@code GET /api/v1/ledger/verify|export}: {@code CHAIR} or {@code ADMIN};</li>
 * <li>{@code /api/v1/webhooks[/**]}: {@code CHAIR} or {@code ADMIN} (which subscriptions: those whose confederations
 *     are all within reach, checked where they are loaded);</li>
 * <li>{@code POST /api/v1/briefs/{id}/acknowledgement|feedback}: a {@code DELEGATE} (whose brief it is: checked where it is loaded);</li>
 * <li>{@code POST /api/v1/briefs/{id}/items/{issue}/ratification}: a {@code CHAIR} (within reach: checked where it is loaded);</li>
 * <li>{@code POST/PUT/PATCH/DELETE /api/v1/**}: a {@link #WRITERS writer};</li>
 * <li>anything else: any authenticated user.</li>
 * </ul>
 *
 * Object-level checks (this brief, that confederation) go through {@link Reach}.
 *
 * <p>Growing the role model: add a rule here as a {@link #rule} (a function returning {@code null} to
 * grant, or the reason for a 403) and register it in {@link #apply} above the broader rule it narrows,
 * e.g. DELEGATE writing only {@code /api/v1/briefs/{id}/**} of their own briefs, MEMBER reading only
 * their own organisation, ICB read-only (already the case: not a writer), ADMIN on
 * {@code /api/v1/admin/**}. Rules that need data (who owns a brief) belong in the service, via
 * {@link Reach} or {@link CurrentUser}.
 */
public class AccessRules {

    /** The HTTP Basic realm. */
    public static final String REALM = "mandate-ledger";

    /** Paths open without authentication. */
    public static final List<String> OPEN_PATHS = List.of(
            "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**");

    /** What the API's (stateless) chain serves; every other path is a page (ADR 0018). */
    public static final List<String> API_CHAIN_PATHS = List.of("/api/**", "/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/error");

    static final String API = "/api/v1/**";
    /** {@code /**} also matches nothing, so this covers {@code /api/v1/confederations/{slug}} itself. */
    static final String CONFEDERATION = "/api/v1/confederations/{slug}/**";

    static final String ADMIN_API = "/api/v1/admin/**";
    static final String CONFEDERATION_MANDATES = "/api/v1/confederations/{slug}/mandates";
    static final String CONFEDERATION_ISSUES = "/api/v1/confederations/{slug}/issues";
    static final String MANDATE_WITHDRAWAL = "/api/v1/mandates/{id}/withdrawal";
    static final String BRIEF_ACKNOWLEDGEMENT = "/api/v1/briefs/{id}/acknowledgement";
    static final String BRIEF_FEEDBACK = "/api/v1/briefs/{id}/feedback";
    static final String RATIFICATION = "/api/v1/briefs/{id}/items/{issue}/ratification";
    static final String AUDIT = "/api/v1/confederations/{slug}/audit";
    static final String EVENTS = "/api/v1/events";
    static final List<Role> FEED_READERS = List.of(Role.CHAIR, Role.SECRETARIAT, Role.ICB, Role.ADMIN);
    static final String ACTIONS = "/api/v1/confederations/{slug}/actions";
    static final String CONFEDERATION_BRIEFS = "/api/v1/confederations/{slug}/briefs";
    static final String LEDGER_VERIFY = "/api/v1/ledger/verify";
    static final String LEDGER_EXPORT = "/api/v1/ledger/export";
    static final List<Role> LEDGER_AUDITORS = List.of(Role.CHAIR, Role.ADMIN);
    static final String WEBHOOKS = "/api/v1/webhooks";
    static final String WEBHOOKS_BELOW = "/api/v1/webhooks/**";
    static final List<Role> WEBHOOK_KEEPERS = List.of(Role.CHAIR, Role.ADMIN);

    static final List<HttpMethod> READS = List.of(HttpMethod.GET, HttpMethod.HEAD);
    static final List<HttpMethod> WRITES = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** Roles that may write under {@code /api/v1/**}. */
    public static final Set<Role> WRITERS = EnumSet.of(Role.CHAIR, Role.SECRETARIAT);

    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // Error dispatches only render the error of a request that was already authorised (or refused).
        rules.requestMatchers(AccessRules::errorDispatch).permitAll();
        rules.requestMatchers(OPEN_PATHS.toArray(String[]::new)).permitAll();
        // Operating the service (metrics, info) is the ADMIN's; health stays open above.
        rules.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());

        // Operating the ledger (replay) is the ADMIN's.
        rules.requestMatchers(ADMIN_API).access(rule((authentication, context) -> hasRole(authentication, Role.ADMIN)
                ? null : "Operating the ledger needs the role ADMIN."));
        // A member grants its own organisation's mandates, withdraws them, and raises issues as itself
        // (that it is its own organisation is checked where the grantor, mandate or issue is known).
        rules.requestMatchers(HttpMethod.POST, CONFEDERATION_MANDATES, CONFEDERATION_ISSUES).access(writerOrMemberInConfederation());
        rules.requestMatchers(HttpMethod.POST, MANDATE_WITHDRAWAL).access(rule((authentication, context) ->
                hasRole(authentication, Role.MEMBER) ? null : writerDenial(authentication)));
        for (HttpMethod method : WRITES) {
            rules.requestMatchers(method, CONFEDERATION).access(writerInConfederation());
        }
        // The chair's audit, the actions list and the briefs issued: the chair and secretariat of that confederation.
        for (HttpMethod method : READS) {
            rules.requestMatchers(method, AUDIT, ACTIONS, CONFEDERATION_BRIEFS).access(writerInConfederation());
        }
        // The event feed: chairs and secretariats whole, the ICB and operators redacted; within reach (decided per event).
        for (HttpMethod method : READS) {
            rules.requestMatchers(method, EVENTS).access(anyRoleOf(FEED_READERS, "The event feed is read by "));
        }
        // Verifying and exporting the whole ledger: chairs and operators (checkpoints and the key are for every signed-in user).
        for (HttpMethod method : READS) {
            rules.requestMatchers(method, LEDGER_VERIFY, LEDGER_EXPORT).access(anyRoleOf(LEDGER_AUDITORS, "The ledger is verified and exported by "));
        }
        // Webhook subscriptions, every method: chairs and operators.
        rules.requestMatchers(WEBHOOKS, WEBHOOKS_BELOW).access(anyRoleOf(WEBHOOK_KEEPERS, "Webhooks are kept by "));
        for (HttpMethod method : READS) {
            rules.requestMatchers(method, API).authenticated();
        }
        // A brief is acknowledged and fed back on by the delegate it was issued to (which one is checked where the brief is loaded).
        rules.requestMatchers(HttpMethod.POST, BRIEF_ACKNOWLEDGEMENT, BRIEF_FEEDBACK).access(delegate());
        // Ratification is the chair's alone (the reach is checked where the brief is loaded).
        rules.requestMatchers(HttpMethod.POST, RATIFICATION).access(rule((authentication, context) -> hasRole(authentication, Role.CHAIR)
                ? null : "Only a chair ratifies or rejects an outcome."));
        for (HttpMethod method : WRITES) {
            rules.requestMatchers(method, API).access(writer());
        }
        rules.anyRequest().authenticated();
    }

    /**
     * An error dispatch. The pages ask these rules for an API path with a stand-in request that
     * cannot say its dispatcher type ({@code ApiRules}): that is a request, not an error dispatch.
     */
    private static boolean errorDispatch(jakarta.servlet.http.HttpServletRequest request) {
        try {
            return request.getDispatcherType() == DispatcherType.ERROR;
        } catch (UnsupportedOperationException standIn) {
            return false;
        }
    }

    /** Any of these roles; anyone else is told who may ({@code who} followed by the roles). */
    private AuthorizationManager<RequestAuthorizationContext> anyRoleOf(List<Role> roles, String who) {
        return rule((authentication, context) -> roles.stream().anyMatch(role -> hasRole(authentication, role))
                ? null : who + roles + ".");
    }

    /** Acting on one's own brief: role DELEGATE. */
    AuthorizationManager<RequestAuthorizationContext> delegate() {
        return rule((authentication, context) -> hasRole(authentication, Role.DELEGATE)
                ? null : "Only the delegate a brief was issued to acts on it.");
    }

    private static boolean hasRole(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** Writes: role CHAIR or SECRETARIAT. */
    AuthorizationManager<RequestAuthorizationContext> writer() {
        return rule((authentication, context) -> writerDenial(authentication));
    }

    /** A grant or an issue in one confederation: a writer, or a member, whose reach includes the {@code {slug}} of the path. */
    AuthorizationManager<RequestAuthorizationContext> writerOrMemberInConfederation() {
        return rule((authentication, context) -> {
            if (!hasRole(authentication, Role.MEMBER)) {
                String denial = writerDenial(authentication);
                if (denial != null) {
                    return denial;
                }
            }
            return reachDenial(authentication, context.getVariables().get("slug"));
        });
    }

    /** Why the caller may not act in the confederation {@code slug}, or null if their reach includes it. */
    private static String reachDenial(Authentication authentication, String slug) {
        LedgerUser user = CurrentUser.of(authentication).orElse(null);
        if (user == null) {
            return "Your reach is not known, so you may not write in a confederation.";
        }
        return user.reaches(slug) ? null : Reach.outOfReach(user, slug);
    }

    /** Writes in one confederation (and its audit and actions): a writer whose reach includes the {@code {slug}} of the path. */
    AuthorizationManager<RequestAuthorizationContext> writerInConfederation() {
        return rule((authentication, context) -> {
            String denial = writerDenial(authentication);
            if (denial != null) {
                return denial;
            }
            return reachDenial(authentication, context.getVariables().get("slug"));
        });
    }

    private static String writerDenial(Authentication authentication) {
        Set<String> granted = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        boolean writer = WRITERS.stream().map(Role::authority).anyMatch(granted::contains);
        return writer ? null : "This needs the role " + WRITERS.stream().map(Role::name)
                .collect(Collectors.joining(" or ")) + ".";
    }

    /**
     * An authorisation rule for authenticated callers: {@code denial} returns {@code null} to grant or
     * the reason for refusing (shown as the 403 problem's {@code detail}). Anonymous callers are refused,
     * which Spring Security turns into a 401.
     */
    static AuthorizationManager<RequestAuthorizationContext> rule(
            BiFunction<Authentication, RequestAuthorizationContext, String> denial) {
        return (authenticationSupplier, context) -> {
            Authentication authentication = authenticationSupplier.get();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return new AuthorizationDecision(false);
            }
            String reason = denial.apply(authentication, context);
            return reason == null ? new AuthorizationDecision(true) : new Denial(reason);
        };
    }

    /** A refusal with a reason that may be shown to the caller. */
    public static final class Denial extends AuthorizationDecision {

        private final String reason;

        public Denial(String reason) {
            super(false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }

        @Override
        public String toString() {
            return "Denial[" + reason + "]";
        }
    }
}
