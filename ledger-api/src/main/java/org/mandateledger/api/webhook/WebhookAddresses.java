package org.mandateledger.api.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may be delivered: an absolute {@code https} URL ({@code http} too unless
 * {@code ledger.webhooks.require-https}), with no user name or password in it, whose host resolves
 * only to public addresses — never loopback, private, link-local, shared (carrier-grade NAT),
 * multicast or reserved ones, so a subscription cannot make the service call into the network it runs
 * in — unless {@code ledger.webhooks.allow-private-addresses}. The host is checked when the
 * subscription is made and again before every delivery, since what a name resolves to can change.
 */
@Component
class WebhookAddresses {

    static final int MAX_URL_LENGTH = 2000;

    private final WebhookProperties settings;

    WebhookAddresses(WebhookProperties settings) {
        this.settings = settings;
    }

    /** Why {@code url} cannot be subscribed to, in words for the caller; {@code null} if it can. */
    String refusal(String url) {
        if (url == null || url.isBlank()) {
            return "give the receiver's URL, e.g. https://integration.example.nhs.uk/ledger-events";
        }
        if (url.length() > MAX_URL_LENGTH) {
            return "a URL is at most " + MAX_URL_LENGTH + " characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a URL (" + e.getReason() + "); expected e.g. https://integration.example.nhs.uk/ledger-events";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && !settings.requireHttps());
        if (!uri.isAbsolute() || !allowed) {
            return settings.requireHttps() ? "must be an https URL" : "must be an http or https URL";
        }
        if (uri.getHost() == null) {
            return "must name a host";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not carry a user name or password: the signature tells the receiver the delivery is the ledger's";
        }
        if (uri.getRawFragment() != null) {
            return "must not have a fragment (#...)";
        }
        return addressRefusal(uri);
    }

    /** Why the host of {@code uri} may not be delivered to now, or {@code null} if it may. */
    String addressRefusal(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return "the host " + uri.getHost() + " is not found";
        }
        if (settings.allowPrivateAddresses()) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return "the host " + uri.getHost() + " is at " + address.getHostAddress()
                        + ", which is not a public address: webhooks are delivered to public addresses only";
            }
        }
        return null;
    }

    /** Whether an address is on the public internet: not loopback, private, link-local, shared, multicast or reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // shared address space (carrier-grade NAT), RFC 6598
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking, RFC 2544
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // unique local, fc00::/7 (RFC 4193)
        }
        return false;
    }
}
