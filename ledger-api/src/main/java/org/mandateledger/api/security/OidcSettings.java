package org.mandateledger.api.security;

import java.util.List;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The {@code prod} profile's sign-in to the pages ({@code ledger.security.oidc.*}): OpenID Connect's
 * authorization code flow with PKCE against the issuer of the API's tokens ({@code
 * ledger.security.jwt.issuer}), as the ledger's registered client. The ID token's signature is checked
 * with the API's keys and its claims give the role and reach as a bearer token's do ({@link
 * LedgerClaims}). Without a client id the pages have no sign-in and say so.
 */
@org.springframework.boot.context.properties.ConfigurationProperties("ledger.security.oidc")
public record OidcSettings(String clientId, String clientSecret, String authorizationUri, String tokenUri, List<String> scopes,
                           String name) {

    /** The registration's id, in the paths {@code /oauth2/authorization/nhs} and {@code /login/oauth2/code/nhs}. */
    public static final String REGISTRATION = "nhs";

    public boolean configured() {
        return !JwtSettings.blank(clientId);
    }

    /** The name people see on the sign-in button. */
    public String displayName() {
        return JwtSettings.blank(name) ? "NHS Care Identity Service" : name;
    }

    /** The client registration; refuses to start on a partial one. */
    public ClientRegistration registration(JwtSettings jwt) {
        if (JwtSettings.blank(clientSecret) || JwtSettings.blank(authorizationUri) || JwtSettings.blank(tokenUri)) {
            throw new IllegalStateException("ledger.security.oidc.client-id needs client-secret, authorization-uri and token-uri");
        }
        List<String> scope = scopes == null || scopes.isEmpty() ? List.of("openid")
                : scopes.contains("openid") ? scopes : java.util.stream.Stream.concat(java.util.stream.Stream.of("openid"), scopes.stream()).toList();
        return ClientRegistration.withRegistrationId(REGISTRATION)
                .clientName(displayName())
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(scope)
                .authorizationUri(authorizationUri)
                .tokenUri(tokenUri)
                .issuerUri(jwt.issuer())
                .jwkSetUri(JwtSettings.blank(jwt.jwkSetUri()) ? null : jwt.jwkSetUri())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }
}
