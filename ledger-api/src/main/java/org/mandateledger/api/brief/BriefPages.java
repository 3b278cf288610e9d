package org.mandateledger.api.brief;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.api.pages.ApiRules;
import org.mandateledger.api.pages.FormErrors;
import org.mandateledger.api.pages.HomeSection;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.api.pages.Refusals;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Role;
import org.mandateledger.api.topic.TopicController;
import org.mandateledger.meeting.api.Decision;
import org.mandateledger.meeting.api.Outcome;
import org.mandateledger.projections.brief.BriefView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delegate's brief, read before a system meeting (and printed: one A4 page per brief where it
 * fits), its acknowledgement, and the delegate's list of briefs. Read and written through
 * {@link BriefController}: whoever the API tells a brief does not exist sees no page.
 */
@PageController
class BriefPages {

    private final BriefController briefs;
    private final TopicController topics;
    private final ApiRules rules;
    private final FormErrors forms;

    BriefPages(BriefController briefs, TopicController topics, ApiRules rules, FormErrors forms) {
        this.briefs = briefs;
        this.topics = topics;
        this.rules = rules;
        this.forms = forms;
    }

    @GetMapping("/me/briefs")
    String mine(Model model) {
        rules.require(HttpMethod.GET, "/api/v1/me/briefs");
        List<BriefView> all = briefs.mine(false).items();
        List<BriefView> upcoming = briefs.mine(true).items();
        model.addAttribute("upcoming", upcoming);
        List<BriefView> past = new java.util.ArrayList<>(all.stream().filter(b -> upcoming.stream().noneMatch(u -> u.id().equals(b.id()))).toList());
        java.util.Collections.reverse(past);
        model.addAttribute("past", past);
        return "my-briefs";
    }

    @GetMapping("/briefs/{id}")
    String brief(@PathVariable UUID id, Model model) {
        BriefView brief = briefs.get(id);
        model.addAttribute("brief", brief);
        model.addAttribute("titles", titles(brief));
        model.addAttribute("mayFeedBack", brief.status() != BriefView.Status.FED_BACK && !brief.startsAt().isAfter(java.time.Instant.now())
                && rules.allows(HttpMethod.POST, "/api/v1/briefs/" + id + "/feedback") && briefs.ownedByCaller(id));
        model.addAttribute("mayAcknowledge", brief.status() == BriefView.Status.ISSUED
                && rules.allows(HttpMethod.POST, "/api/v1/briefs/" + id + "/acknowledgement") && briefs.ownedByCaller(id));
        return "brief";
    }

    /**
     * "I have read this brief": recorded once, however often the form is sent (a second sending
     * finds it acknowledged and records nothing); then the brief again (post, redirect, get).
     */
    @PostMapping("/briefs/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id) {
        rules.require(HttpMethod.POST, "/api/v1/briefs/" + id + "/acknowledgement");
        try {
            briefs.acknowledge(id);
        } catch (RuntimeException refused) {
            if (!Refusals.is(refused, "BRIEF_ALREADY_ACKNOWLEDGED")) {
                throw refused;
            }
        }
        return "redirect:/briefs/" + id + "?acknowledged";
    }

    /** The feedback form: only for the delegate the brief was issued to, until they have fed back. */
    @GetMapping("/briefs/{id}/feedback")
    String feedbackForm(@PathVariable UUID id, Model model) {
        BriefView brief = ownBriefToFeedBack(id);
        if (brief.status() == BriefView.Status.FED_BACK) {
            return "redirect:/briefs/" + id;
        }
        return feedbackPage(brief, FeedbackForm.blank(brief), Map.of(), model);
    }

    /**
     * Feed-back from the form: what is missing or the API would refuse is shown beside its field and
     * in the error summary, and nothing is recorded; once recorded, the brief with the findings the
     * ledger raised (post, redirect, get; sent twice with the form's key, recorded once).
     */
    @PostMapping("/briefs/{id}/feedback")
    String feedBack(@PathVariable UUID id, @ModelAttribute("form") FeedbackForm form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        BriefView brief = ownBriefToFeedBack(id);
        form.fill(brief);
        Map<String, String> errors = new LinkedHashMap<>(form.missing(brief));
        if (errors.isEmpty()) {
            BriefController.FeedbackRequest request = form.request(brief);
            errors.putAll(forms.validate(request));
            if (errors.isEmpty()) {
                try {
                    BriefController.FeedbackAnswer answer = briefs.feedback(id, request).getBody();
                    redirect.addFlashAttribute("findings", answer == null ? List.of() : answer.findings());
                    return "redirect:/briefs/" + id + "?fedBack";
                } catch (RuntimeException refused) {
                    errors.putAll(FormErrors.of(refused).orElseThrow(() -> refused));
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return feedbackPage(brief, form, errors, model);
    }

    private String feedbackPage(BriefView brief, FeedbackForm form, Map<String, String> errors, Model model) {
        model.addAttribute("brief", brief);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("topics", topics.list().items());
        return "feedback";
    }

    /** Ratify or reject an outcome agreed under NEGOTIATE: the chair's alone, one thing on the page. */
    @GetMapping("/briefs/{id}/items/{issue}/ratification")
    String ratificationForm(@PathVariable UUID id, @PathVariable UUID issue, Model model) {
        rules.require(HttpMethod.POST, "/api/v1/briefs/" + id + "/items/" + issue + "/ratification");
        return ratificationPage(briefs.get(id), issue, null, null, Map.of(), model);
    }

    @PostMapping("/briefs/{id}/items/{issue}/ratification")
    String ratify(@PathVariable UUID id, @PathVariable UUID issue, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        rules.require(HttpMethod.POST, "/api/v1/briefs/" + id + "/items/" + issue + "/ratification");
        BriefView brief = briefs.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Decision chosen = java.util.Arrays.stream(Decision.values()).filter(d -> d.name().equals(decision)).findFirst().orElse(null);
        if (chosen == null) {
            errors.put("decision", "Select whether the confederation ratifies or rejects the outcome");
        } else {
            BriefController.RatificationRequest request = new BriefController.RatificationRequest(chosen,
                    note == null || note.isBlank() ? null : note.strip());
            errors.putAll(forms.validate(request));
            if (errors.isEmpty()) {
                try {
                    briefs.ratify(id, issue, request);
                    return "redirect:/confederations/" + brief.confederation() + "/audit?decided";
                } catch (RuntimeException refused) {
                    errors.putAll(FormErrors.of(refused).orElseThrow(() -> refused));
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return ratificationPage(brief, issue, decision, note, errors, model);
    }

    private String ratificationPage(BriefView brief, UUID issue, String decision, String note, Map<String, String> errors, Model model) {
        BriefView.Item item = brief.items().stream().filter(i -> i.issue().equals(issue)).findFirst()
                .orElseThrow(() -> new org.mandateledger.api.problem.NotFoundException("UNKNOWN_ITEM", "no item " + issue + " in brief " + brief.id()));
        model.addAttribute("brief", brief);
        model.addAttribute("item", item);
        model.addAttribute("reported", brief.feedback() == null ? null
                : brief.feedback().items().stream().filter(f -> f.issue().equals(issue)).findFirst().orElse(null));
        model.addAttribute("decision", decision);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        return "ratification";
    }

    private static Map<UUID, String> titles(BriefView brief) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        brief.items().forEach(item -> titles.put(item.issue(), item.title()));
        return titles;
    }

    /** The brief, for the delegate it was issued to; the API's rule for feeding back is asked first. */
    private BriefView ownBriefToFeedBack(UUID id) {
        rules.require(HttpMethod.POST, "/api/v1/briefs/" + id + "/feedback");
        BriefView brief = briefs.get(id);
        if (!briefs.ownedByCaller(id)) {
            throw new AccessDeniedException("Only the delegate this brief was issued to feeds back on it.");
        }
        return brief;
    }

    /** On a delegate's home page: their briefs for meetings still to come. */
    @Component
    static class UpcomingBriefs implements HomeSection {

        private final BriefController briefs;

        UpcomingBriefs(BriefController briefs) {
            this.briefs = briefs;
        }

        @Override
        public Optional<Part> forUser(LedgerUser user) {
            if (!user.hasRole(Role.DELEGATE)) {
                return Optional.empty();
            }
            return Optional.of(new Part(10, "parts/upcoming-briefs", Map.of("briefs", briefs.mine(true).items())));
        }
    }

    /**
     * On a chair's or secretariat's home page: the briefs of their confederation for meetings still to
     * come that the delegate has not yet acknowledged.
     */
    @Component
    static class Unacknowledged implements HomeSection {

        private final BriefController briefs;
        private final org.mandateledger.api.person.PersonController people;
        private final ApiRules rules;

        Unacknowledged(BriefController briefs, org.mandateledger.api.person.PersonController people, ApiRules rules) {
            this.briefs = briefs;
            this.people = people;
            this.rules = rules;
        }

        @Override
        public Optional<Part> forUser(LedgerUser user) {
            String slug = user.confederation();
            if (user.reachesEverywhere() || !rules.allows(HttpMethod.GET, "/api/v1/confederations/" + slug + "/briefs")) {
                return Optional.empty();
            }
            List<BriefView> waiting = briefs.ofConfederation(slug, true, BriefView.Status.ISSUED).items();
            Map<UUID, String> delegates = new LinkedHashMap<>();
            for (BriefView brief : waiting) {
                delegates.computeIfAbsent(brief.delegate(), this::name);
            }
            return Optional.of(new Part(25, "parts/unacknowledged-briefs", Map.of("briefs", waiting, "delegates", delegates)));
        }

        /** The delegate's name; one not on record does not take the chair's whole home page with it. */
        private String name(UUID person) {
            try {
                return people.get(person).name();
            } catch (org.mandateledger.api.problem.NotFoundException notRecorded) {
                return "A delegate not on record";
            }
        }
    }
}
