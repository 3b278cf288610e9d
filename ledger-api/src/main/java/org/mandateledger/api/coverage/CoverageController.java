package org.mandateledger.api.coverage;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.projections.coverage.CoverageQueries;
import org.mandateledger.projections.coverage.CoverageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CoverageController {

    private final CoverageQueries coverage;

    CoverageController(CoverageQueries coverage) {
        this.coverage = coverage;
    }

    /**
     * Who counts on a topic, now or as at {@code at}: each member practice with the mandate that
     * applies (or the latest that covers the topic and why it does not count) and the levels it backs;
     * and, for each level, the fewest practices whose grant would make its dual majority hold
     * ({@code WhatItWouldTake}). An addition beside api.md (ADR 0018).
     */
    @GetMapping("/api/v1/confederations/{slug}/coverage/practices")
    public CoverageQueries.Practices practices(@PathVariable String slug, @RequestParam String topic, @RequestParam(required = false) Instant at) {
        Instant instant = at == null ? Instant.now() : Requests.instant("at", at);
        return coverage.practices(slug, topic, instant).orElseThrow(() -> {
            CoverageQueries.Answer answer = coverage.coverage(slug, topic, instant);
            return answer.unknown() == CoverageQueries.Unknown.CONFEDERATION
                    ? new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + slug + "'" + (at == null ? "" : " at " + at))
                    : new NotFoundException("UNKNOWN_TOPIC", "no topic '" + topic + "'" + (at == null ? "" : " at " + at));
        });
    }

    /**
     * The authority on a topic at each of {@code instants} (absent where the confederation or the topic
     * was not yet known), the read models read once for all: the topic page's chart.
     */
    public Map<Instant, AuthorityLevel> authorities(String slug, String topic, List<Instant> instants) {
        Map<Instant, AuthorityLevel> authorities = new HashMap<>();
        coverage.coverages(slug, topic, instants).forEach((at, answer) ->
                answer.coverage().ifPresent(c -> authorities.put(at, c.authority())));
        return authorities;
    }

    /** Coverage of a topic and the authority it gives, now or as at {@code at}. */
    @GetMapping("/api/v1/confederations/{slug}/coverage")
    public CoverageView coverage(@PathVariable String slug, @RequestParam String topic, @RequestParam(required = false) Instant at) {
        CoverageQueries.Answer answer = coverage.coverage(slug, topic, at == null ? Instant.now() : Requests.instant("at", at));
        return answer.coverage().orElseThrow(() -> answer.unknown() == CoverageQueries.Unknown.CONFEDERATION
                ? new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + slug + "'" + (at == null ? "" : " at " + at))
                : new NotFoundException("UNKNOWN_TOPIC", "no topic '" + topic + "'" + (at == null ? "" : " at " + at)));
    }
}
