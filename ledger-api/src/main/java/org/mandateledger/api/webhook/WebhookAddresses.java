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
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            return "the port must be between 1 and 65535";
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
                // The address itself is not said: it would let a caller look up names inside the service's network.
                return "the host " + uri.getHost() + " is not at a public address: webhooks are delivered to public addresses only";
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
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local, fc00::/7 (RFC 4193)
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
                return false; // Teredo, 2001::/32: an IPv4 address inside, obscured
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return isPublic(ipv4(b, 2)); // 6to4, 2002::/16: the IPv4 address in bytes 2 to 5
            }
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b; // 64:ff9b::/96 and 64:ff9b:1::/48
            boolean compatible = true; // ::a.b.c.d, IPv4-compatible (deprecated)
            for (int i = 0; i < 12; i++) {
                compatible &= b[i] == 0;
            }
            if (nat64 || compatible) {
                return isPublic(ipv4(b, 12));
            }
            return true;
        }
        return false;
    }

    private static InetAddress ipv4(byte[] address, int from) {
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(address, from, from + 4));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
