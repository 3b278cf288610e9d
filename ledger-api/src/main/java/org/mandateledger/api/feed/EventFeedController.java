package org.mandateledger.api.feed;

import java.util.List;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.projections.paging.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /events}: every event once, in strictly increasing positions ({@link EventFeed}). A
 * caller sees the events within their reach, redacted for their role ({@link FeedRedaction}).
 */
@RestController
@RequestMapping("/api/v1")
class EventFeedController {

    record Feed(List<EventFeed.FeedEvent> events, String next) {
    }

    /** The most events one request reads past, so a caller who reaches few confederations cannot make it scan the whole store. */
    static final int MAX_SCANNED = 10_000;

    private final EventFeed feed;

    EventFeedController(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/events")
    Feed events(@RequestParam(defaultValue = "0") long after, @RequestParam(required = false) Integer limit) {
        if (after < 0) {
            throw InvalidRequestException.field("after", "a position is 0 or more");
        }
        int max = Requests.parse("limit", () -> Page.limit(limit));
        LedgerUser user = CurrentUser.get();
        EventFeed.Batch batch = feed.read(after, max, MAX_SCANNED, new EventFeed.Reader(user.role(), user::reaches, null));
        return new Feed(batch.events(), batch.more() ? Long.toString(batch.last()) : null);
    }
}
