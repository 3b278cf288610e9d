package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser without JavaScript meets them, on the raw HTTP: sign in through the form,
 * read pages with the session cookie, send forms with the page's CSRF token. Redirects are not
 * followed, so a test sees each answer.
 */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    PageClient(int port) {
        this.port = port;
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the form, as a browser does, and answers the session cookie. */
    String signIn(String user) {
        HttpResponse<String> form = send(at("/login"));
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> signedIn = send(at("/login").header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + LedgerTestUsers.PASSWORDS.get(user)
                        + "&_csrf=" + token(form.body()))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotEndWith("?error");
        return signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
    }

    HttpResponse<String> get(String session, String path) {
        return send(at(path).header("Cookie", session));
    }

    /** Sends a form from the page at {@code formPage} (for its CSRF token) to {@code action}, fields in order. */
    HttpResponse<String> post(String session, String formPage, String action, List<Map.Entry<String, String>> fields) {
        String token = token(get(session, formPage).body());
        String body = fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
        return send(at(action).header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(token))));
    }

    static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return m.group(1);
    }

    static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + LedgerTestUsers.PASSWORDS.get(user))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
