package org.mandateledger.api.confederation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mandateledger.api.coverage.CoverageController;
import org.mandateledger.api.pages.AsAt;
import org.mandateledger.api.pages.HomeSection;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.topic.TopicController;
import org.mandateledger.projections.coverage.CoverageView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The confederations, and one confederation as it stands now or as at any past instant: its members
 * (practices and their registered patients), and each topic with the authority the confederation
 * holds on it and the coverage behind it, level by level against the constitution's thresholds.
 * Everything shown is what {@code GET /api/v1/confederations[/{slug}]} and its {@code coverage}
 * answer for the same user.
 */
@PageController
class ConfederationPages {

    /** A topic on the page: its title and the coverage the API answers for it. */
    record TopicCoverage(String slug, String title, String parent, CoverageView coverage) {
    }

    private final ConfederationController confederations;
    private final CoverageController coverage;
    private final TopicController topics;

    ConfederationPages(ConfederationController confederations, CoverageController coverage, TopicController topics) {
        this.confederations = confederations;
        this.coverage = coverage;
        this.topics = topics;
    }

    @GetMapping("/confederations")
    String list(Model model) {
        model.addAttribute("confederations", confederations.all());
        return "confederations";
    }

    /** As at an instant ({@code at}, as the API takes it) or the picker's date and time; now without either. */
    @GetMapping("/confederations/{slug}")
    ModelAndView confederation(@PathVariable String slug, AsAt asAt) {
        AsAt.Reading reading = asAt.read();
        if (reading.valid() && reading.instant().isPresent()) {
            Instant then = reading.instant().get();
            try {
                return page(confederations.at(slug, then), then, then, asAt);
            } catch (NotFoundException notFormed) {
                confederations.get(slug);
                return invalid(slug, asAt, Map.of("at-day", "The confederation had not been formed by then: enter a later date"));
            }
        }
        if (!reading.valid()) {
            return invalid(slug, asAt, reading.errors());
        }
        return page(confederations.get(slug), Instant.now(), null, asAt);
    }

    private ModelAndView page(ConfederationController.ConfederationAnswer answer, Instant instant, Instant asAt, AsAt picked) {
        List<TopicCoverage> covered = new java.util.ArrayList<>();
        for (var t : topics.list().items()) {
            try {
                covered.add(new TopicCoverage(t.slug(), t.title(), t.parent(), coverage.coverage(answer.slug(), t.slug(), instant)));
            } catch (NotFoundException notDefinedThen) {
                // A topic defined after the instant shown was not there then: it is left out, as the ledger then had it.
            }
        }
        ModelAndView page = new ModelAndView("confederation");
        page.addObject("confederation", answer);
        page.addObject("topics", covered);
        page.addObject("then", asAt);
        page.addObject("picked", picked);
        page.addObject("errors", Map.of());
        return page;
    }

    /** The page as it stands now, with the picker's errors: nothing of a date that could not be read is shown. */
    private ModelAndView invalid(String slug, AsAt picked, Map<String, String> errors) {
        ModelAndView now = page(confederations.get(slug), Instant.now(), null, picked);
        now.setStatus(HttpStatus.BAD_REQUEST);
        now.addObject("errors", errors);
        return now;
    }

    /** On everyone's home page: the confederations within their reach. */
    @Component
    static class Confederations implements HomeSection {

        private final ConfederationController confederations;

        Confederations(ConfederationController confederations) {
            this.confederations = confederations;
        }

        @Override
        public Optional<Part> forUser(LedgerUser user) {
            var within = confederations.all().stream().filter(c -> user.reaches(c.slug())).toList();
            return Optional.of(new Part(50, "parts/confederations", Map.of("confederations", within, "everywhere", user.reachesEverywhere())));
        }
    }
}
