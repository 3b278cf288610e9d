package org.mandateledger.api.mandate;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mandateledger.api.pages.ApiRules;
import org.mandateledger.api.pages.DateFields;
import org.mandateledger.api.pages.FormErrors;
import org.mandateledger.api.pages.HomeSection;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Role;
import org.mandateledger.api.topic.TopicController;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.projections.mandate.MandateView;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A confederation's mandates (filtered by status and grantor), the grant form and a withdrawal with
 * its confirmation, for whoever the API lets grant and withdraw: chairs and secretariats within reach,
 * and a member for its own organisation only. Read and written through {@link MandateController}.
 */
@PageController
class MandatePages {

    /** The grant form as the browser sends it: dates as the NHS.UK date input's three fields. */
    public record GrantForm(String grantor, List<String> topics, String ceiling, String fromDay, String fromMonth, String fromYear,
                     String untilDay, String untilMonth, String untilYear, String terms, String evidence) {

        static GrantForm blank(LedgerUser user) {
            LocalDate today = LocalDate.now(org.mandateledger.api.pages.PageDisplay.LONDON);
            return new GrantForm(user.organisation(), List.of(), null, Integer.toString(today.getDayOfMonth()),
                    Integer.toString(today.getMonthValue()), Integer.toString(today.getYear()), null, null, null, null, null);
        }

        public List<String> chosenTopics() {
            return topics == null ? List.of() : topics;
        }
    }

    private final MandateController mandates;
    private final TopicController topics;
    private final ApiRules rules;
    private final FormErrors forms;

    MandatePages(MandateController mandates, TopicController topics, ApiRules rules, FormErrors forms) {
        this.mandates = mandates;
        this.topics = topics;
        this.rules = rules;
        this.forms = forms;
    }

    @GetMapping("/confederations/{slug}/mandates")
    String list(@PathVariable String slug, @RequestParam(required = false) String status, @RequestParam(required = false) String grantor,
                Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        MandateStatus chosen = null;
        if (status != null && !status.isBlank()) {
            chosen = Arrays.stream(MandateStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
            if (chosen == null) {
                errors.put("status", "Select a status from the list");
            }
        }
        String by = grantor == null || grantor.isBlank() ? null : grantor.strip().toUpperCase(java.util.Locale.ROOT);
        List<MandateView> all = all(slug, by, chosen);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("slug", slug);
        model.addAttribute("mandates", all);
        model.addAttribute("statuses", MandateStatus.values());
        model.addAttribute("status", chosen);
        model.addAttribute("grantor", by);
        model.addAttribute("errors", errors);
        model.addAttribute("mayGrant", rules.allows(HttpMethod.POST, "/api/v1/confederations/" + slug + "/mandates"));
        model.addAttribute("withdrawable", withdrawable(all));
        model.addAttribute("actingAs", CurrentUser.get().organisation());
        model.addAttribute("member", CurrentUser.get().hasRole(Role.MEMBER));
        return "mandates";
    }

    @GetMapping("/confederations/{slug}/mandates/new")
    String grantForm(@PathVariable String slug, Model model) {
        rules.require(HttpMethod.POST, "/api/v1/confederations/" + slug + "/mandates");
        return grantPage(slug, GrantForm.blank(CurrentUser.get()), Map.of(), model);
    }

    /** A grant from the form: errors beside their fields and nothing recorded; once granted, the confederation's page, its authority as it now stands. */
    @PostMapping("/confederations/{slug}/mandates")
    String grant(@PathVariable String slug, @ModelAttribute GrantForm form, Model model, HttpServletResponse response) {
        rules.require(HttpMethod.POST, "/api/v1/confederations/" + slug + "/mandates");
        LedgerUser user = CurrentUser.get();
        String grantor = user.hasRole(Role.MEMBER) ? user.organisation() : blankToNull(form.grantor());
        Map<String, String> errors = new LinkedHashMap<>();
        if (grantor == null) {
            errors.put("grantor", "Enter the ODS code of the organisation that grants the mandate");
        }
        if (form.chosenTopics().isEmpty()) {
            errors.put("topics", "Select the topics the mandate covers, or every topic");
        }
        AuthorityLevel ceiling = Arrays.stream(AuthorityLevel.values()).filter(l -> l.name().equals(form.ceiling())).findFirst().orElse(null);
        if (ceiling == null) {
            errors.put("ceiling", "Select the highest authority the mandate gives");
        }
        LocalDate from = DateFields.parse(form.fromDay(), form.fromMonth(), form.fromYear());
        if (from == null) {
            errors.put("valid-from", "Enter a real date the mandate starts on, for example 1 4 2027");
        }
        boolean untilGiven = DateFields.given(form.untilDay(), form.untilMonth(), form.untilYear());
        LocalDate until = untilGiven ? DateFields.parse(form.untilDay(), form.untilMonth(), form.untilYear()) : null;
        if (untilGiven && until == null) {
            errors.put("valid-until", "Enter a real last day, for example 31 3 2028, or leave it blank");
        }
        if (errors.isEmpty()) {
            MandateController.GrantRequest request = new MandateController.GrantRequest(grantor.strip().toUpperCase(java.util.Locale.ROOT),
                    form.chosenTopics(), ceiling, from, until, blankToNull(form.terms()), blankToNull(form.evidence()));
            errors.putAll(renamed(forms.validate(request)));
            if (errors.isEmpty()) {
                try {
                    mandates.grant(slug, request);
                    return "redirect:/confederations/" + slug + "?granted";
                } catch (RuntimeException refused) {
                    errors.putAll(renamed(FormErrors.of(refused).orElseThrow(() -> refused)));
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return grantPage(slug, form, errors, model);
    }

    @GetMapping("/mandates/{id}/withdrawal")
    String withdrawalForm(@PathVariable UUID id, Model model) {
        rules.require(HttpMethod.POST, "/api/v1/mandates/" + id + "/withdrawal");
        MandateView mandate = mandates.get(id);
        if (!mandates.withdrawable(mandate)) {
            throw new org.springframework.security.access.AccessDeniedException("You may not withdraw this mandate.");
        }
        return withdrawalPage(mandate, null, Map.of(), model);
    }

    /** A withdrawal, confirmed with its reason: recorded once; the mandate stops counting at once. */
    @PostMapping("/mandates/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        rules.require(HttpMethod.POST, "/api/v1/mandates/" + id + "/withdrawal");
        MandateView mandate = mandates.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        MandateController.WithdrawalRequest request = new MandateController.WithdrawalRequest(blankToNull(reason));
        if (request.reason() == null) {
            errors.put("reason", "Enter why the mandate is withdrawn, for example the practice meeting's minute");
        } else {
            errors.putAll(forms.validate(request));
        }
        if (errors.isEmpty()) {
            try {
                mandates.withdraw(id, request);
                return "redirect:/confederations/" + mandate.confederation() + "/mandates?withdrawn";
            } catch (RuntimeException refused) {
                errors.putAll(FormErrors.of(refused).orElseThrow(() -> refused));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return withdrawalPage(mandate, reason, errors, model);
    }

    /** Every mandate of the confederation that matches, through the API's pages (at most 2,000: a confederation has fewer). */
    private List<MandateView> all(String slug, String grantor, MandateStatus status) {
        List<MandateView> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = mandates.list(slug, grantor, status, cursor, 100);
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && all.size() < 2000);
        return all;
    }

    /** Which of these mandates the current user may withdraw: active ones the API would let them withdraw. */
    private Set<UUID> withdrawable(List<MandateView> shown) {
        boolean mayWithdraw = rules.allows(HttpMethod.POST, "/api/v1/mandates/" + UUID.randomUUID() + "/withdrawal");
        return shown.stream().filter(m -> mayWithdraw && m.status() == MandateStatus.ACTIVE && mandates.withdrawable(m))
                .map(MandateView::id).collect(Collectors.toSet());
    }

    private String grantPage(String slug, GrantForm form, Map<String, String> errors, Model model) {
        LedgerUser user = CurrentUser.get();
        model.addAttribute("slug", slug);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("topics", topics.list().items());
        model.addAttribute("levels", AuthorityLevel.values());
        model.addAttribute("member", user.hasRole(Role.MEMBER));
        model.addAttribute("actingAs", user.organisation());
        return "grant";
    }

    private String withdrawalPage(MandateView mandate, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("mandate", mandate);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "withdrawal";
    }

    /** The API's field names as the form's ids. */
    private static Map<String, String> renamed(Map<String, String> errors) {
        Map<String, String> ids = new LinkedHashMap<>();
        errors.forEach((field, message) -> ids.putIfAbsent(switch (field) {
            case "validFrom" -> "valid-from";
            case "validUntil" -> "valid-until";
            default -> field.startsWith("topics") ? "topics" : field;
        }, message));
        return ids;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    /** On a member's home page: the mandates its own organisation granted, to withdraw, and a link to grant another. */
    @Component
    static class OwnMandates implements HomeSection {

        private final MandatePages pages;

        OwnMandates(MandatePages pages) {
            this.pages = pages;
        }

        @Override
        public Optional<Part> forUser(LedgerUser user) {
            if (!user.hasRole(Role.MEMBER) || user.organisation() == null || user.reachesEverywhere()) {
                return Optional.empty();
            }
            String slug = user.confederation();
            List<MandateView> own;
            try {
                own = pages.all(slug, user.organisation(), null);
            } catch (org.mandateledger.api.problem.NotFoundException notFormed) {
                return Optional.empty();
            }
            return Optional.of(new Part(10, "parts/mandates", Map.of("slug", slug, "organisation", user.organisation(),
                    "mandates", own, "withdrawable", pages.withdrawable(own))));
        }
    }
}
