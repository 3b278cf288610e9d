package org.mandateledger.api.pages;

import org.mandateledger.api.security.LedgerSecurityConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. The form posts to {@code /login}, which Spring Security answers: the home page
 * on success, this page with an error summary otherwise (the NHS.UK pattern: the summary first, the
 * message again beside the fields, the user name kept).
 */
@PageController
class LoginPage {

    private final boolean passwords;

    LoginPage(@Value("${" + LedgerSecurityConfiguration.MODE + ":basic}") String mode) {
        this.passwords = "basic".equals(mode);
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("passwords", passwords);
        return "login";
    }
}
