package org.mandateledger.api.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mandateledger.api.ledger.EventStorePositions;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Problems;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.OutOfReachException;
import org.mandateledger.api.security.Reach;
import org.mandateledger.projections.confederation.ConfederationQueries;
import org.mandateledger.projections.paging.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions for ICB tooling (issue 15, ADR 0021): a {@code CHAIR} or an {@code ADMIN}
 * subscribes a receiver to the events of confederations within their reach, of the types it names
 * (every type if none), and reads, resumes and deletes the subscriptions whose confederations are all
 * within their reach. Every delivery is the event as the {@code ICB}'s event feed gives it,
 * whoever subscribed, signed in the Standard Webhooks form ({@link WebhookSignature}) with the
 * subscription's secret, which only the answer that created it shows.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

    /** The most confederations one subscription names. */
    static final int MAX_CONFEDERATIONS = 100;
    /** The most characters a subscription's confederations, or its types, take (space-separated, as kept). */
    static final int MAX_LISTED = 4000;

    /**
     * A subscription.
     *
     * @param url           where deliveries are posted
     * @param confederations the confederations' slugs, or {@code *} for every one (for a caller who reaches every one)
     * @param types         the event types, as the event feed names them; absent for every type
     * @param from          the position of the first event to deliver (from the start: 1); absent for events recorded from now on
     */
    record WebhookRequest(String url, List<String> confederations, List<String> types, Long from) {
    }

    /** @param from the position of the first event to deliver again; absent to go on from the event that failed */
    record ResumptionRequest(Long from) {
    }

    /**
     * A subscription and where its deliveries stand.
     *
     * @param acknowledgedPosition every event up to this position is done with: delivered and answered 2xx, or not one asked for
     * @param attempts             failed attempts at the next event
     * @param secret               the signing secret ({@code whsec_…}): only in the answer that created the subscription
     */
    record Webhook(String id, String url, List<String> confederations, List<String> types, Instant createdAt, WebhookState state,
                   long acknowledgedPosition, long delivered, Instant lastDeliveredAt, int attempts, Instant firstFailureAt,
                   Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

        static Webhook of(WebhookSubscription s, String secret) {
            return new Webhook(s.id(), s.url(), s.confederations(), s.types() == null ? null : List.copyOf(s.types()), s.createdAt(),
                    s.state(), s.acknowledgedPosition(), s.deliveredCount(), s.lastDeliveredAt(), s.attempts(), s.firstFailureAt(),
                    s.nextAttemptAt(), s.lastAttemptAt(), s.lastStatus(), s.lastError(), secret);
        }
    }

    /** One attempt in a subscription's delivery log. */
    record WebhookDelivery(long position, String eventId, String type, int attempt, Instant attemptedAt, Integer status, String error,
                           long durationMillis, boolean delivered) {

        static WebhookDelivery of(WebhookAttempt a) {
            return new WebhookDelivery(a.position(), a.eventId(), a.eventType(), a.attempt(), a.attemptedAt(), a.status(), a.error(),
                    a.durationMillis(), a.delivered());
        }
    }

    private final WebhookSubscriptions subscriptions;
    private final WebhookAddresses addresses;
    private final EventTypes eventTypes;
    private final ConfederationQueries confederations;
    private final ProjectionProgress progress;
    private final EventStorePositions positions;
    private final Reach reach;

    WebhookController(WebhookSubscriptions subscriptions, WebhookAddresses addresses, EventTypes eventTypes,
                      ConfederationQueries confederations, ProjectionProgress progress, EventStorePositions positions, Reach reach) {
        this.subscriptions = subscriptions;
        this.addresses = addresses;
        this.eventTypes = eventTypes;
        this.confederations = confederations;
        this.progress = progress;
        this.positions = positions;
        this.reach = reach;
    }

    @PostMapping
    ResponseEntity<Webhook> subscribe(@RequestBody WebhookRequest request) {
        long head = positions.head();
        List<Problems.FieldError> errors = new ArrayList<>();
        String urlRefusal = addresses.refusal(request.url());
        if (urlRefusal != null) {
            errors.add(new Problems.FieldError("url", urlRefusal));
        }
        Set<String> slugs = confederations(request.confederations(), errors);
        Set<String> types = types(request.types(), errors);
        from(request.from(), head, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("INVALID_REQUEST", "the subscription is not made: " + errors.stream()
                    .map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""), errors);
        }
        LedgerUser user = CurrentUser.get();
        for (String slug : slugs) {
            if (slug.equals(LedgerUser.EVERYWHERE)) {
                if (!user.reachesEverywhere()) {
                    throw new OutOfReachException("Only a caller who reaches every confederation subscribes to every one (*); your reach is "
                            + user.confederation() + ".");
                }
            } else {
                reach.requireConfederation(slug);
                progress.findCaughtUp(() -> confederations.find(slug))
                        .orElseThrow(() -> new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + slug + "'"));
            }
        }
        long acknowledged = request.from() == null ? head : request.from() - 1;
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID().toString(), request.url(), slugs, types, secret,
                Instant.now(), acknowledged);
        subscriptions.add(subscription);
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + subscription.id())).body(Webhook.of(subscription, secret));
    }

    @GetMapping
    Page<Webhook> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int max = Requests.parse("limit", () -> Page.limit(limit));
        String after = Requests.parse("cursor", () -> Page.decode(cursor));
        List<WebhookSubscription> visible = new ArrayList<>();
        while (visible.size() <= max) {
            List<WebhookSubscription> some = subscriptions.list(after, 500);
            some.stream().filter(WebhookController::visible).forEach(visible::add);
            if (some.size() < 500) {
                break;
            }
            after = some.get(some.size() - 1).id();
        }
        return Page.of(visible.subList(0, Math.min(visible.size(), max + 1)), max, WebhookSubscription::id)
                .map(s -> Webhook.of(s, null));
    }

    @GetMapping("/{id}")
    Webhook get(@PathVariable String id) {
        return Webhook.of(find(id), null);
    }

    @GetMapping("/{id}/deliveries")
    Page<WebhookDelivery> deliveries(@PathVariable String id, @RequestParam(required = false) String cursor,
                                     @RequestParam(required = false) Integer limit) {
        find(id);
        int max = Requests.parse("limit", () -> Page.limit(limit));
        String key = Requests.parse("cursor", () -> Page.decode(cursor));
        Long before;
        try {
            before = key == null ? null : Long.valueOf(key);
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field("cursor", "not a cursor this list gave");
        }
        return Page.of(subscriptions.attempts(id, before, max + 1), max, a -> a.id().toString()).map(WebhookDelivery::of);
    }

    @PostMapping("/{id}/resumption")
    Webhook resume(@PathVariable String id, @RequestBody(required = false) ResumptionRequest request) {
        WebhookSubscription subscription = find(id);
        Long from = request == null ? null : request.from();
        List<Problems.FieldError> errors = new ArrayList<>();
        from(from, positions.head(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("INVALID_REQUEST", "from: " + errors.get(0).message(), errors);
        }
        Long acknowledged = from == null ? null : from - 1;
        return whileDelivering(() -> subscriptions.resume(id, acknowledged)).map(s -> Webhook.of(s, null)).orElseThrow(() -> unknown(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        find(id);
        if (!whileDelivering(() -> subscriptions.delete(id))) {
            throw unknown(id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * A change to a subscription its delivery may be changing at the same moment (it moves the acknowledged position):
     * whichever commits second finds the version changed; the caller's change is made again on what the delivery left,
     * so a resumption or a deletion always wins.
     */
    private static <T> T whileDelivering(java.util.function.Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw new org.mandateledger.api.problem.ConflictException("CONCURRENT_CHANGE",
                            "the subscription was changed by its deliveries while you changed it; try again");
                }
            }
        }
    }

    /** The subscription, if the caller reaches every confederation it names; otherwise, as if there were none. */
    private WebhookSubscription find(String id) {
        return subscriptions.find(id).filter(WebhookController::visible).orElseThrow(() -> unknown(id));
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("UNKNOWN_WEBHOOK", "no webhook subscription '" + (id.length() > 64 ? id.substring(0, 64) + "…" : id)
                + "' within your reach");
    }

    private static boolean visible(WebhookSubscription subscription) {
        LedgerUser user = CurrentUser.get();
        return subscription.confederations().stream()
                .allMatch(slug -> slug.equals(LedgerUser.EVERYWHERE) ? user.reachesEverywhere() : user.reaches(slug));
    }

    private static Set<String> confederations(List<String> requested, List<Problems.FieldError> errors) {
        if (requested == null || requested.isEmpty()) {
            errors.add(new Problems.FieldError("confederations", "name one or more confederations by slug, or * for every one"));
            return Set.of();
        }
        if (requested.size() > MAX_CONFEDERATIONS) {
            errors.add(new Problems.FieldError("confederations", "at most " + MAX_CONFEDERATIONS + " confederations; use * for every one"));
            return Set.of();
        }
        Set<String> slugs = new LinkedHashSet<>();
        for (String slug : requested) {
            if (slug == null || !(slug.equals(LedgerUser.EVERYWHERE) || LedgerUser.CONFEDERATION_SLUG.matcher(slug).matches())) {
                errors.add(new Problems.FieldError("confederations", "a confederation is named by its slug (a-z, 0-9 and -, up to 64) or *"));
                return Set.of();
            }
            slugs.add(slug);
        }
        if (slugs.contains(LedgerUser.EVERYWHERE) && slugs.size() > 1) {
            errors.add(new Problems.FieldError("confederations", "* is every confederation: name it alone"));
        }
        if (String.join(" ", slugs).length() > MAX_LISTED) {
            errors.add(new Problems.FieldError("confederations", "too many to keep (" + MAX_LISTED + " characters in all): use * for every one"));
        }
        return slugs;
    }

    private Set<String> types(List<String> requested, List<Problems.FieldError> errors) {
        if (requested == null) {
            return null;
        }
        if (requested.isEmpty()) {
            errors.add(new Problems.FieldError("types", "leave types out to receive every type, or name one or more"));
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String type : requested) {
            if (type != null && eventTypes.known(type)) {
                types.add(type);
            } else {
                unknown.add(type == null ? "null" : type.length() > 64 ? type.substring(0, 64) + "…" : type);
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new Problems.FieldError("types", "not event types: " + String.join(", ", unknown)
                    + "; the types are the event feed's: " + String.join(", ", eventTypes.names())));
        } else if (String.join(" ", types).length() > MAX_LISTED) {
            errors.add(new Problems.FieldError("types", "too many to keep: leave types out to receive every type"));
        }
        return types;
    }

    private static void from(Long from, long head, List<Problems.FieldError> errors) {
        if (from == null) {
            return;
        }
        if (from < 1) {
            errors.add(new Problems.FieldError("from", "a position is 1 or more (1 is the first event)"));
        } else if (from > head + 1) {
            errors.add(new Problems.FieldError("from", "the ledger's newest event is at " + head + ": give at most " + (head + 1)));
        }
    }
}
