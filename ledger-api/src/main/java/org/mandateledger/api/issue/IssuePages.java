package org.mandateledger.api.issue;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.api.pages.ApiRules;
import org.mandateledger.api.confederation.ConfederationController;
import org.mandateledger.api.pages.DateFields;
import org.mandateledger.api.pages.FormErrors;
import org.mandateledger.api.pages.HomeSection;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.api.pages.Refusals;
import org.mandateledger.api.problem.ConflictException;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Role;
import org.mandateledger.issue.api.IssueStatus;
import org.mandateledger.organisation.api.OrganisationKind;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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

    private final ConfederationController confederations;

    IssuePages(IssueController issues, ApiRules rules, FormErrors forms, ConfederationController confederations) {
        this.issues = issues;
        this.rules = rules;
        this.forms = forms;
        this.confederations = confederations;
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

    /** The record-position form: a new version of general practice's position, prefilled from the current one. */
    @GetMapping("/issues/{id}/positions/new")
    String positionForm(@PathVariable UUID id, Model model) {
        IssueController.IssueAnswer issue = requirePositionable(id);
        IssueController.PositionAnswer current = issue.currentPosition();
        PositionForm form = current == null ? PositionForm.blank() : PositionForm.from(current);
        return positionPage(issue, form, Map.of(), model);
    }

    /**
     * Recording a position from the form: terms one per line, each member practice's support chosen
     * beside its name. Errors beside their fields and nothing recorded; once recorded, the issue, with
     * whether the new version is adopted.
     */
    @PostMapping("/issues/{id}/positions")
    String recordPosition(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> fields, Model model,
                          HttpServletResponse response) {
        IssueController.IssueAnswer issue = requirePositionable(id);
        PositionForm form = PositionForm.read(fields);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.statement() == null) {
            errors.put("statement", "Enter general practice's position: what it says, in a sentence or two");
        }
        boolean agreedGiven = DateFields.given(form.agreedDay(), form.agreedMonth(), form.agreedYear());
        LocalDate agreed = agreedGiven ? DateFields.parse(form.agreedDay(), form.agreedMonth(), form.agreedYear()) : null;
        if (agreedGiven && agreed == null) {
            errors.put("agreed-at", "Enter a real date the position was agreed, for example 3 12 2026, or leave it blank");
        }
        if (errors.isEmpty()) {
            IssueController.PositionRequest request = form.request(agreed);
            errors.putAll(positionFields(forms.validate(request)));
            if (errors.isEmpty()) {
                try {
                    issues.recordPosition(id, request);
                    return "redirect:/issues/" + id + "?recorded";
                } catch (RuntimeException refused) {
                    Map<String, String> refusal = positionFields(FormErrors.of(refused).orElseThrow(() -> refused));
                    if (Refusals.is(refused, "SUPPORT_NOT_A_MEMBER_PRACTICE") && refusal.containsKey(FormErrors.FORM)) {
                        refusal.put("support", refusal.remove(FormErrors.FORM));
                    }
                    errors.putAll(refusal);
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return positionPage(issue, form, errors, model);
    }

    private IssueController.IssueAnswer requirePositionable(UUID id) {
        rules.require(HttpMethod.POST, "/api/v1/issues/" + id + "/positions");
        IssueController.IssueAnswer issue = issues.get(id);
        if (!issues.closable(issue)) {
            throw new org.springframework.security.access.AccessDeniedException("Your reach does not include this issue's confederation.");
        }
        if (issue.status() != IssueStatus.OPEN) {
            throw new ConflictException("ISSUE_CLOSED", "This issue is closed: no position can be recorded on it.");
        }
        return issue;
    }

    private String positionPage(IssueController.IssueAnswer issue, PositionForm form, Map<String, String> errors, Model model) {
        model.addAttribute("issue", issue);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        // Support is counted from member practices only (SUPPORT_NOT_A_MEMBER_PRACTICE): PCNs, federations and the LMC are not offered.
        model.addAttribute("members", confederations.get(issue.confederation()).members().stream()
                .filter(member -> member.kind() == OrganisationKind.PRACTICE).toList());
        model.addAttribute("choices", PositionForm.CHOICES);
        return "position";
    }

    /** The API's field paths as the form's ids: each list's errors beside the list. */
    private static Map<String, String> positionFields(Map<String, String> errors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        errors.forEach((field, message) -> renamed.putIfAbsent(
                field.startsWith("essentialTerms") ? "essential-terms"
                        : field.startsWith("negotiableTerms") ? "negotiable-terms"
                        : field.startsWith("support") ? "support"
                        : field.startsWith("agreedAt") ? "agreed-at" : field, message));
        return renamed;
    }

    private String issuePage(IssueController.IssueAnswer issue, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("issue", issue);
        List<IssueController.PositionAnswer> latestFirst = new ArrayList<>(issue.positions());
        java.util.Collections.reverse(latestFirst);
        model.addAttribute("versions", latestFirst);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("mayClose", issue.status() == IssueStatus.OPEN && rules.allows(HttpMethod.POST, "/api/v1/issues/" + issue.id() + "/closure")
                && issues.closable(issue));
        model.addAttribute("mayRecordPosition", issue.status() == IssueStatus.OPEN
                && rules.allows(HttpMethod.POST, "/api/v1/issues/" + issue.id() + "/positions") && issues.closable(issue));
        return "issue";
    }

    /** One confederation's open issues, as its register shows them to the reader. */
    public record OpenIssues(String slug, String name, List<IssueController.IssueAnswer> issues) {
    }

    /**
     * On a system partner's (ICB) home page: each confederation's register of open issues, with
     * general practice's position where one is adopted, as the API shows it to them (no terms, no support).
     */
    @Component
    static class Register implements HomeSection {

        private static final int SHOWN = 10;

        private final IssueController issues;
        private final ConfederationController confederations;

        Register(IssueController issues, ConfederationController confederations) {
            this.issues = issues;
            this.confederations = confederations;
        }

        @Override
        public Optional<Part> forUser(LedgerUser user) {
            if (!user.hasRole(Role.ICB)) {
                return Optional.empty();
            }
            List<OpenIssues> registers = confederations.all().stream().filter(c -> user.reaches(c.slug()))
                    .map(c -> new OpenIssues(c.slug(), c.name(), issues.list(c.slug(), null, IssueStatus.OPEN, null, SHOWN).items()))
                    .toList();
            return Optional.of(new Part(10, "parts/register", Map.of("registers", registers)));
        }
    }
}
