package org.mandateledger.api.issue;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mandateledger.api.pages.ApiRules;
import org.mandateledger.api.pages.FormErrors;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.issue.api.IssueStatus;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The issue register and an issue with its positions, versions, support and adoption, exactly as the
 * API answers the user: an ICB user, an operator or another confederation's people see only the
 * current position's statement, and only once adopted, never its terms, support or earlier versions.
 * Closure from the page, for those the API lets close it. Read and written through {@link IssueController}.
 */
@PageController
class IssuePages {

    private final IssueController issues;
    private final ApiRules rules;
    private final FormErrors forms;

    IssuePages(IssueController issues, ApiRules rules, FormErrors forms) {
        this.issues = issues;
        this.rules = rules;
        this.forms = forms;
    }

    @GetMapping("/confederations/{slug}/issues")
    String register(@PathVariable String slug, @RequestParam(required = false) String status, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        IssueStatus chosen = null;
        if (status != null && !status.isBlank()) {
            chosen = Arrays.stream(IssueStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
            if (chosen == null) {
                errors.put("status", "Select a status from the list");
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        List<IssueController.IssueAnswer> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = issues.list(slug, null, chosen, cursor, 100);
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && all.size() < 2000);
        model.addAttribute("slug", slug);
        model.addAttribute("issues", all);
        model.addAttribute("statuses", IssueStatus.values());
        model.addAttribute("status", chosen);
        model.addAttribute("errors", errors);
        return "register";
    }

    @GetMapping("/issues/{id}")
    String issue(@PathVariable UUID id, Model model) {
        return issuePage(issues.get(id), null, Map.of(), model);
    }

    /** Closing an issue, with its reason: recorded once; then the issue again. */
    @PostMapping("/issues/{id}/closure")
    String close(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        rules.require(HttpMethod.POST, "/api/v1/issues/" + id + "/closure");
        IssueController.IssueAnswer issue = issues.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        IssueController.ClosureRequest request = new IssueController.ClosureRequest(reason == null || reason.isBlank() ? null : reason.strip());
        if (request.reason() == null) {
            errors.put("reason", "Enter why the issue is closed");
        } else {
            errors.putAll(forms.validate(request));
        }
        if (errors.isEmpty()) {
            try {
                issues.close(id, request);
                return "redirect:/issues/" + id + "?closed";
            } catch (RuntimeException refused) {
                errors.putAll(FormErrors.of(refused).orElseThrow(() -> refused));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return issuePage(issue, reason, errors, model);
    }

    private String issuePage(IssueController.IssueAnswer issue, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("issue", issue);
        List<IssueController.PositionAnswer> latestFirst = new ArrayList<>(issue.positions());
        java.util.Collections.reverse(latestFirst);
        model.addAttribute("versions", latestFirst);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("mayClose", issue.status() == IssueStatus.OPEN && rules.allows(HttpMethod.POST, "/api/v1/issues/" + issue.id() + "/closure"));
        return "issue";
    }
}
