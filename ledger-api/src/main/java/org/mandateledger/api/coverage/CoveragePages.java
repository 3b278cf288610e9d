package org.mandateledger.api.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandateledger.api.pages.AsAt;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.api.pages.PageDisplay;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.speaking.SpeakingRightsController;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.projections.coverage.CoverageQueries;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A topic in depth, now or as at an earlier instant: coverage level by level, which practices'
 * mandates count and which do not (none, a lower ceiling, withdrawn, lapsed, superseded, not yet
 * valid), what it would take to reach each level not met, who may speak on it with their briefs, and
 * the authority over the past year as a chart drawn on the server. Read through {@link CoverageController}
 * and {@link SpeakingRightsController}.
 */
@PageController
class CoveragePages {

    /** One point of the authority chart: the first of a month (or the instant shown), the authority then, and where it is drawn. */
    public record Point(Instant at, String label, AuthorityLevel authority, int x, Integer y) {
    }

    /** The chart: its points and the step line through those with an authority. */
    public record Chart(List<Point> points, String line) {
    }

    private static final int LEFT = 110;
    private static final int STEP = 40;
    private static final int BASE = 170;
    private static final int RISE = 45;

    private final CoverageController coverage;
    private final SpeakingRightsController speaking;

    CoveragePages(CoverageController coverage, SpeakingRightsController speaking) {
        this.coverage = coverage;
        this.speaking = speaking;
    }

    @GetMapping("/confederations/{slug}/topics/{topic}")
    ModelAndView topic(@PathVariable String slug, @PathVariable String topic, AsAt asAt) {
        AsAt.Reading reading = asAt.read();
        Instant then = reading.valid() ? reading.instant().orElse(null) : null;
        Instant instant = then == null ? Instant.now() : then;
        CoverageQueries.Practices practices;
        try {
            practices = coverage.practices(slug, topic, instant);
        } catch (NotFoundException notThen) {
            if (then == null) {
                throw notThen;
            }
            coverage.practices(slug, topic, Instant.now());
            ModelAndView now = topic(slug, topic, new AsAt(null, null, null, null, null));
            now.setStatus(HttpStatus.BAD_REQUEST);
            now.addObject("errors", Map.of("at-day", "The confederation or the topic was not known by then: enter a later date"));
            now.addObject("picked", asAt);
            return now;
        }
        ModelAndView page = new ModelAndView("topic");
        page.addObject("slug", slug);
        page.addObject("topic", topic);
        page.addObject("practices", practices);
        page.addObject("held", practices.coverage().levels().stream().filter(l -> l.level() == practices.coverage().authority())
                .findFirst().orElse(null));
        page.addObject("speaking", speaking.speakingRights(slug, topic, null, instant));
        page.addObject("chart", chart(slug, topic, instant));
        page.addObject("then", then);
        page.addObject("picked", asAt);
        page.addObject("errors", reading.errors());
        if (!reading.valid()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    /** The authority at the start of each of the last twelve months (London days), and at the instant shown. */
    private Chart chart(String slug, String topic, Instant until) {
        List<Instant> instants = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        LocalDate first = until.atZone(PageDisplay.LONDON).toLocalDate().withDayOfMonth(1).minusMonths(11);
        for (int month = 0; month < 12; month++) {
            LocalDate day = first.plusMonths(month);
            instants.add(ZonedDateTime.of(day.atStartOfDay(), PageDisplay.LONDON).toInstant());
            labels.add(day.format(DateTimeFormatter.ofPattern("MMM yy", Locale.UK)));
        }
        instants.add(until);
        labels.add("Shown");
        Map<Instant, AuthorityLevel> authorities = coverage.authorities(slug, topic, instants);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < instants.size(); i++) {
            AuthorityLevel authority = authorities.get(instants.get(i));
            points.add(new Point(instants.get(i), labels.get(i), authority, LEFT + i * STEP,
                    authority == null ? null : BASE - authority.ordinal() * RISE));
        }
        StringBuilder line = new StringBuilder();
        Integer lastY = null;
        for (Point p : points) {
            if (p.y() == null) {
                continue;
            }
            if (lastY != null) {
                line.append(' ').append(p.x()).append(',').append(lastY);
            }
            line.append(' ').append(p.x()).append(',').append(p.y());
            lastY = p.y();
        }
        return new Chart(points, line.toString().strip());
    }
}
