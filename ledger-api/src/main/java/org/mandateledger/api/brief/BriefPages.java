package org.mandateledger.api.brief;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.api.pages.ApiRules;
import org.mandateledger.api.pages.HomeSection;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.api.pages.Refusals;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Role;
import org.mandateledger.projections.brief.BriefView;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The delegate's brief, read before a system meeting (and printed: one A4 page per brief where it
 * fits), its acknowledgement, and the delegate's list of briefs. Read and written through
 * {@link BriefController}: whoever the API tells a brief does not exist sees no page.
 */
@PageController
class BriefPages {

    private final BriefController briefs;
    private final ApiRules rules;

    BriefPages(BriefController briefs, ApiRules rules) {
        this.briefs = briefs;
        this.rules = rules;
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
}
