package org.mandateledger.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where webhooks may go: public addresses only, unless allowed; https only where required; no
 * credentials in the URL. Addresses are written as literals, so no name is looked up.
 */
class WebhookAddressesTest {

    private static WebhookProperties settings(boolean allowPrivate, boolean requireHttps) {
        return new WebhookProperties(allowPrivate, requireHttps, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofHours(1),
                Duration.ofHours(24), Duration.ofSeconds(5), Duration.ofSeconds(15), 4, Duration.ofDays(30));
    }

    @Test
    void loopback_private_link_local_shared_and_reserved_addresses_are_not_public() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
                "192.0.0.8", "198.18.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
                "::ffff:10.0.0.1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "64:ff9b:1::a00:1", "::10.0.0.1", "2002:a00:1::1",
                "2002:7f00:1::", "2001:0:4136:e378:8000:63bf:3fff:fdd2")) {
            assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : List.of("8.8.8.8", "51.140.0.1", "100.128.0.1", "172.32.0.1", "2a00:1450:4009::1", "64:ff9b::808:808",
                "2002:808:808::1")) {
            assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void a_private_address_is_refused_unless_allowed() {
        WebhookAddresses strict = new WebhookAddresses(settings(false, false));
        assertThat(strict.refusal("http://127.0.0.1:8080/hook")).isEqualTo(
                "the host 127.0.0.1 is not at a public address: webhooks are delivered to public addresses only");
        assertThat(strict.refusal("https://169.254.169.254/latest/meta-data")).contains("not at a public address");
        assertThat(strict.refusal("https://[::1]/hook")).contains("not at a public address");
        assertThat(strict.refusal("https://8.8.8.8/hook")).isNull();
        assertThat(new WebhookAddresses(settings(true, false)).refusal("http://127.0.0.1:8080/hook")).isNull();
    }

    @Test
    void only_absolute_http_urls_without_credentials_and_https_only_where_required() {
        WebhookAddresses open = new WebhookAddresses(settings(false, false));
        assertThat(open.refusal("http://8.8.8.8/hook")).isNull();
        assertThat(open.refusal("ftp://8.8.8.8/hook")).isEqualTo("must be an http or https URL");
        assertThat(open.refusal("/relative/hook")).isEqualTo("must be an http or https URL");
        assertThat(open.refusal("https://user:secret@8.8.8.8/hook")).startsWith("must not carry a user name or password");
        assertThat(open.refusal("https://8.8.8.8/hook#part")).startsWith("must not have a fragment");
        assertThat(open.refusal("https://8.8.8.8/a b")).startsWith("not a URL");
        assertThat(open.refusal("https://8.8.8.8:70000/hook")).isEqualTo("the port must be between 1 and 65535");
        assertThat(open.refusal(" ")).startsWith("give the receiver's URL");
        assertThat(open.refusal("https://8.8.8.8/" + "x".repeat(2000))).startsWith("a URL is at most 2000 characters");
        WebhookAddresses prod = new WebhookAddresses(settings(false, true));
        assertThat(prod.refusal("http://8.8.8.8/hook")).isEqualTo("must be an https URL");
        assertThat(prod.refusal("https://8.8.8.8/hook")).isNull();
    }
}
