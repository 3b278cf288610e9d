package org.mandateledger.api.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.api.pages.ApiRules;
import org.mandateledger.api.pages.AsAt;
import org.mandateledger.api.pages.FormErrors;
import org.mandateledger.api.pages.HomeSection;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Role;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.audit.api.Severity;
import org.mandateledger.projections.audit.ActionView;
import org.mandateledger.projections.audit.FindingView;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chair's audit: findings by severity, filtered by severity and type, now or as at an earlier
 * instant; the outcomes awaiting ratification, each with its way to ratify or reject (the chair's
 * alone); and the actions picked up at meetings, to completion. Read and written through
 * {@link AuditController}, for whoever the API lets read the audit.
 */
@PageController
class AuditPages {

    private final AuditController audit;
    private final ApiRules rules;
    private final FormErrors forms;

    AuditPages(AuditController audit, ApiRules rules, FormErrors forms) {
        this.audit = audit;
        this.rules = rules;
        this.forms = forms;
    }

    @GetMapping("/confederations/{slug}/audit")
    String audit(@PathVariable String slug, @RequestParam(required = false) String severity, @RequestParam(required = false) String type,
                 AsAt asAt, Model model, HttpServletResponse response) {
        rules.require(HttpMethod.GET, "/api/v1/confederations/" + slug + "/audit");
        Map<String, String> errors = new LinkedHashMap<>();
        AsAt.Reading reading = asAt.read();
        errors.putAll(reading.errors());
        FindingType chosenType = choose(FindingType.values(), type, "type", "Select a kind of finding from the list", errors);
        Severity chosenSeverity = choose(Severity.values(), severity, "severity", "Select a severity from the list", errors);
        Instant then = reading.valid() ? reading.instant().orElse(null) : null;
        AuditController.Audit found = audit.audit(slug, null, null, chosenType, then);
        List<FindingView> findings = found.findings().stream()
                .filter(f -> chosenSeverity == null || f.severity() == chosenSeverity)
                .sorted(Comparator.comparing(FindingView::severity).reversed().thenComparing(FindingView::at, Comparator.reverseOrder()))
                .toList();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("slug", slug);
        model.addAttribute("findings", findings);
        model.addAttribute("counts", Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder())
                .map(s -> Map.entry(s, found.findings().stream().filter(f -> f.severity() == s).count())).toList());
        model.addAttribute("then", then);
        model.addAttribute("picked", asAt);
        model.addAttribute("severity", chosenSeverity);
        model.addAttribute("type", chosenType);
        model.addAttribute("types", FindingType.values());
        model.addAttribute("severities", Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("mayRatify", rules.allows(HttpMethod.POST, "/api/v1/briefs/" + UUID.randomUUID() + "/items/" + UUID.randomUUID()
                + "/ratification"));
        model.addAttribute("actions", audit.actions(slug, ActionView.Status.OPEN, null, 100).items());
        return "audit";
    }

    /** "Mark as done": the action's completion, recorded once; then the audit again. */
    @PostMapping("/actions/{id}/completion")
    String complete(@PathVariable UUID id, @RequestParam String slug, @RequestParam(required = false) String note) {
        rules.require(HttpMethod.POST, "/api/v1/actions/" + id + "/completion");
        AuditController.CompletionRequest request = new AuditController.CompletionRequest(note == null || note.isBlank() ? null : note.strip());
        Map<String, String> errors = forms.validate(request);
        if (!errors.isEmpty()) {
            throw new org.mandateledger.api.problem.InvalidRequestException("INVALID_REQUEST", "the note cannot be recorded: "
                    + errors.values().iterator().next(), List.of());
        }
        audit.complete(id, request);
        return "redirect:/confederations/" + slug + "/audit?completed";
    }

    private static <E extends Enum<E>> E choose(E[] values, String value, String field, String message, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<E> chosen = Arrays.stream(values).filter(v -> v.name().equals(value)).findFirst();
        if (chosen.isEmpty()) {
            errors.put(field, message);
        }
        return chosen.orElse(null);
    }

    /** On a chair's or secretariat's home page: what needs their attention in each confederation of their reach. */
    @Component
    static class Attention implements HomeSection {

        private final AuditController audit;
        private final ApiRules rules;

        Attention(AuditController audit, ApiRules rules) {
            this.audit = audit;
            this.rules = rules;
        }

        @Override
        public Optional<Part> forUser(LedgerUser user) {
            if (!(user.hasRole(Role.CHAIR) || user.hasRole(Role.SECRETARIAT)) || user.reachesEverywhere()) {
                return Optional.empty();
            }
            String slug = user.confederation();
            if (!rules.allows(HttpMethod.GET, "/api/v1/confederations/" + slug + "/audit")) {
                return Optional.empty();
            }
            List<FindingView> findings;
            try {
                findings = audit.audit(slug, null, null, null, null).findings();
            } catch (org.mandateledger.api.problem.NotFoundException notFormed) {
                return Optional.empty();
            }
            Map<FindingType, Long> byType = new LinkedHashMap<>();
            for (FindingType t : FindingType.values()) {
                long n = findings.stream().filter(f -> f.type() == t).count();
                if (n > 0) {
                    byType.put(t, n);
                }
            }
            Map<Severity, Long> bySeverity = new LinkedHashMap<>();
            for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
                bySeverity.put(s, findings.stream().filter(f -> f.severity() == s).count());
            }
            return Optional.of(new Part(20, "parts/attention", Map.of("slug", slug, "byType", byType, "bySeverity", bySeverity)));
        }
    }
}
