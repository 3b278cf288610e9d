package org.mandateledger.api.webhook;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.mandateledger.api.feed.EventFeed;
import org.mandateledger.api.ledger.EventStorePositions;
import org.mandateledger.api.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers each active subscription's events, at least once and in ledger order: it reads the events
 * after the subscription's acknowledged position as the {@code ICB}'s event feed gives them
 * ({@link EventFeed}, limited to the subscription's confederations and types), posts them one at a
 * time, and moves the acknowledged position past an event only once its receiver has answered 2xx.
 * A failed attempt is logged and retried after {@link WebhookBackoff}; an event still failing
 * {@code ledger.webhooks.give-up-after} after its first failure marks the subscription failing,
 * until it is resumed. Everything it knows is in the database, so a restart or a kill -9 resumes
 * from the last acknowledged position: the event being delivered at that moment may arrive twice,
 * with the same {@code webhook-id}, never not at all.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    /** Events read for one subscription at a time. */
    static final int BATCH = 100;
    /** Events read past at most, looking for a subscription's next one. */
    static final int SCAN = 10_000;
    /** Batches delivered in one run before the subscription waits its turn behind the others. */
    static final int ROUNDS = 10;
    static final String USER_AGENT = "mandate-ledger-webhooks";

    private final WebhookSubscriptions subscriptions;
    private final EventFeed feed;
    private final EventStorePositions positions;
    private final WebhookAddresses addresses;
    private final WebhookProperties settings;
    private final JsonMapper json;
    private final HttpClient http;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<CompletableFuture<HttpResponse<Void>>> inFlightSends = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private ScheduledExecutorService poller;
    private ExecutorService workers;

    WebhookDispatcher(WebhookSubscriptions subscriptions, EventFeed feed, EventStorePositions positions, WebhookAddresses addresses,
                      WebhookProperties settings, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.positions = positions;
        this.addresses = addresses;
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void start() {
        AtomicInteger worker = new AtomicInteger();
        poller = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "ledger-webhooks"));
        workers = Executors.newFixedThreadPool(settings.threads(), task -> daemon(task, "ledger-webhook-" + worker.incrementAndGet()));
        running = true;
        long every = settings.pollEvery().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        poller.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    /**
     * Stops without interrupting a thread that may be inside the database (an interrupt closes H2's file
     * channel, and the store with it): no new run starts, the deliveries waiting on a receiver are
     * cancelled, and each run ends at its next step. An event cancelled midway is delivered again at the next start.
     */
    @Override
    public void stop() {
        running = false;
        poller.shutdown();
        workers.shutdown();
        inFlightSends.forEach(send -> send.cancel(true));
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Hands every subscription with something to do to a worker, unless one is already delivering to it. */
    void poll() {
        try {
            for (String id : subscriptions.due(Instant.now(), positions.head())) {
                if (running && inFlight.add(id)) {
                    workers.execute(() -> run(id));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries not looked at this time: {}", e.toString());
        }
    }

    private void purge() {
        try {
            int purged = subscriptions.purgeAttempts(Instant.now().minus(settings.logRetention()));
            if (purged > 0) {
                log.info("Purged {} webhook delivery attempts older than {}", purged, settings.logRetention());
            }
        } catch (RuntimeException e) {
            log.warn("Webhook delivery log not purged this time: {}", e.toString());
        }
    }

    private void run(String id) {
        try {
            deliver(id);
        } catch (RuntimeException e) {
            // A database hiccup or another instance changing the subscription: the next poll starts again from what is stored.
            log.warn("Webhook {}: deliveries stopped this time: {}", id, e.toString());
        } finally {
            inFlight.remove(id);
        }
    }

    private void deliver(String id) {
        for (int round = 0; round < ROUNDS && running; round++) {
            WebhookSubscription subscription = subscriptions.find(id).orElse(null);
            Instant now = Instant.now();
            if (subscription == null || subscription.state() != WebhookState.ACTIVE
                    || (subscription.nextAttemptAt() != null && subscription.nextAttemptAt().isAfter(now))) {
                return;
            }
            long version = subscription.version();
            Set<String> confederations = Set.copyOf(subscription.confederations());
            EventFeed.Batch batch = feed.read(subscription.acknowledgedPosition(), BATCH, SCAN, new EventFeed.Reader(Role.ICB,
                    slug -> confederations.contains(slug) || confederations.contains("*"), subscription.types()));
            long done = subscription.acknowledgedPosition();
            int attempt = subscription.attempts() + 1;
            WebhookSignature signature = WebhookSignature.of(subscription.secret());
            for (EventFeed.FeedEvent event : batch.events()) {
                WebhookAttempt tried = send(subscription, signature, event, attempt);
                if (tried == null || !running) {
                    return; // stopping: nothing is recorded, the event is tried again at the next start
                }
                if (tried.delivered()) {
                    version = subscriptions.delivered(id, version, event.position(), tried);
                    if (version == WebhookSubscriptions.CHANGED) {
                        return;
                    }
                    done = event.position();
                    attempt = 1;
                } else {
                    Duration wait = WebhookBackoff.after(attempt, settings.firstRetryAfter(), settings.longestRetryAfter(),
                            ThreadLocalRandom.current());
                    subscriptions.failed(id, version, event.position() - 1, tried, tried.attemptedAt().plus(wait), settings.giveUpAfter());
                    return;
                }
            }
            if (batch.last() > done && subscriptions.passedOver(id, version, batch.last()) == WebhookSubscriptions.CHANGED) {
                return;
            }
            if (!batch.more()) {
                return;
            }
        }
    }

    private String failure(Throwable cause, URI uri) {
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + settings.answerTimeout().toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "could not connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** One attempt at one event: what happened, or {@code null} if the service is stopping. */
    private WebhookAttempt send(WebhookSubscription subscription, WebhookSignature signature, EventFeed.FeedEvent event, int attempt) {
        byte[] body = json.writeValueAsBytes(event);
        URI uri = URI.create(subscription.url());
        Instant at = Instant.now();
        long started = System.nanoTime();
        Integer status = null;
        // The whole URL again, not only its address: what a name resolves to can change, and so can require-https.
        String error = addresses.refusal(subscription.url());
        if (error == null) {
            long timestamp = at.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(settings.answerTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-id", event.id())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature.sign(event.id(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            // The request's own timeout covers only the wait for the answer's headers: the whole answer, body included, must
            // come within the answer timeout too, or a receiver trickling its body would hold this thread for ever.
            CompletableFuture<HttpResponse<Void>> sending = null;
            try {
                sending = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
                inFlightSends.add(sending);
                status = sending.get(settings.answerTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS).statusCode();
                error = status / 100 == 2 ? null : "the receiver answered " + status;
            } catch (TimeoutException e) {
                sending.cancel(true);
                error = "no whole answer within " + settings.answerTimeout().toSeconds() + " s";
            } catch (CancellationException e) {
                return null; // stopping
            } catch (ExecutionException e) {
                error = failure(e.getCause(), uri);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (RuntimeException e) {
                error = failure(e, uri); // a request the client refuses to send is a failed attempt, retried and logged like any other
            } finally {
                if (sending != null) {
                    inFlightSends.remove(sending);
                }
            }
            if (!running && error != null) {
                return null;
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        String shortError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        return new WebhookAttempt(subscription.id(), event.position(), event.id(), event.type(), attempt, at, status, shortError, millis,
                error == null);
    }
}
