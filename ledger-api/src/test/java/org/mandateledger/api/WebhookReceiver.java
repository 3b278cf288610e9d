package org.mandateledger.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mandateledger.api.webhook.WebhookSignature;
import tools.jackson.databind.JsonNode;

/**
 * A webhook receiver as an integrator would write one, inside the test: a real HTTP server on
 * loopback that checks every delivery's Standard Webhooks signature and timestamp before accepting
 * it (204), refuses one that fails the check (400), and can be told to answer 500 for a while or to
 * be down (stopped: connections refused) and come back on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received: the three headers, the raw body, and what the receiver's check said. */
    record Delivery(String id, String timestamp, String signature, byte[] body, WebhookSignature.Refusal refusal) {

        JsonNode json() {
            return LedgerHttp.JSON.readTree(body);
        }

        long position() {
            return json().get("position").asLong();
        }
    }

    private volatile int port;
    private final List<Delivery> accepted = new ArrayList<>();
    private final List<Delivery> refused = new ArrayList<>();
    private final AtomicInteger failing = new AtomicInteger();
    private final AtomicInteger answered500 = new AtomicInteger();
    private final AtomicInteger trickling = new AtomicInteger();
    private volatile WebhookSignature secret;
    private HttpServer server;

    private WebhookReceiver() {
    }

    static WebhookReceiver start() {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.listen(0);
        receiver.port = receiver.server.getAddress().getPort();
        return receiver;
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/ledger-events";
    }

    /** The subscription's secret, as shown once when it was made. */
    void secret(String whsec) {
        secret = WebhookSignature.of(whsec);
    }

    /** Answers 500 to the next {@code deliveries}. */
    void fail(int deliveries) {
        failing.set(deliveries);
    }

    /** Answers the next {@code deliveries} with 200 and a body that trickles on for six seconds. */
    void trickle(int deliveries) {
        trickling.set(deliveries);
    }

    int answered500() {
        return answered500.get();
    }

    /** Down: the port refuses connections until {@link #comeBack()}. */
    synchronized void goDown() {
        server.stop(0);
        server = null;
    }

    synchronized void comeBack() {
        if (server == null) {
            listen(port);
        }
    }

    synchronized List<Delivery> accepted() {
        return List.copyOf(accepted);
    }

    synchronized List<Delivery> refused() {
        return List.copyOf(refused);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        int status;
        WebhookSignature check = secret;
        if (check == null) {
            status = 503; // not ready: the ledger tries again
        } else if (trickling.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException given) {
                // the ledger gave up on this answer
            }
            exchange.close();
            return;
        } else if (failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answered500.incrementAndGet();
            status = 500;
        } else {
            var headers = exchange.getRequestHeaders();
            Delivery delivery = new Delivery(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, null);
            WebhookSignature.Refusal refusal = check.verify(delivery.id(), delivery.timestamp(), delivery.signature(), body, Instant.now());
            synchronized (this) {
                if (refusal == null) {
                    accepted.add(delivery);
                } else {
                    refused.add(new Delivery(delivery.id(), delivery.timestamp(), delivery.signature(), body, refusal));
                }
            }
            status = refusal == null ? 204 : 400;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
