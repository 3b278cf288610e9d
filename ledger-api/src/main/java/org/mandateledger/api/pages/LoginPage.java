package org.mandateledger.api.pages;

import org.mandateledger.api.security.LedgerSecurityConfiguration;
import org.mandateledger.api.security.OidcSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. The form posts to {@code /login}, which Spring Security answers: the home page
 * on success, this page with an error summary otherwise (the NHS.UK pattern: the summary first, the
 * message again beside the fields, the user name kept). Under {@code prod}, a button to sign in through
 * the NHS identity service (OpenID Connect), and a plain message when it refused or named nobody the
 * ledger knows.
 */
@PageController
class LoginPage {

    private final boolean passwords;
    private final OidcSettings oidc;

    LoginPage(@Value("${" + LedgerSecurityConfiguration.MODE + ":basic}") String mode, OidcSettings oidc) {
        this.passwords = "basic".equals(mode);
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String refused,
                 @RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("failed", passwords && error != null);
        model.addAttribute("refused", !passwords && refused != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("passwords", passwords);
        model.addAttribute("identityService", !passwords && oidc.configured() ? oidc.displayName() : null);
        model.addAttribute("identityPath", "/oauth2/authorization/" + OidcSettings.REGISTRATION);
        return "login";
    }
}
