package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pages' security as a browser meets it, checked on the raw HTTP: the session cookie's flags,
 * CSRF on every form, sign-in for every page, the design system's files open to all; and the API
 * beside them unchanged (stateless, problem+json, no redirects).
 */
class PagesHttpTest extends LedgerServiceTest {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_every_page_sends_its_csp() throws Exception {
        HttpResponse<String> login = send(at("/login"));
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'", "script-src 'self'");
        assertThat(login.body()).contains("<html lang=\"en-GB\">", "<title>Sign in – Mandate Ledger</title>");
    }

    @Test
    void a_page_sends_a_stranger_to_sign_in_and_the_api_still_answers_401_problem_json() throws Exception {
        HttpResponse<String> page = send(at("/confederations"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> api = send(at("/api/v1/confederations"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.headers().firstValue("Set-Cookie")).as("the API stays stateless").isEmpty();
        assertThat(send(at("/nhsuk-frontend/nhsuk-frontend.min.css")).statusCode()).as("the design system's files are open").isEqualTo(200);
        assertThat(send(at("/assets/images/favicon.ico")).statusCode()).isEqualTo(200);
    }

    @Test
    void signing_in_returns_to_the_page_first_asked_for_never_to_an_icon_the_browser_asked_for_meanwhile() throws Exception {
        HttpResponse<String> asked = send(at("/confederations").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String cookie = asked.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> icon = send(at("/apple-touch-icon.png").header("Cookie", cookie).header("Accept", "image/avif,image/webp,*/*"));
        assertThat(icon.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> form = send(at("/login").header("Cookie", cookie));
        HttpResponse<String> signedIn = send(at("/login").header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=pg-chair&password=" + LedgerTestUsers.PASSWORDS.get("pg-chair")
                        + "&_csrf=" + token(form.body()))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/confederations");
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_with_a_page_and_records_nothing() throws Exception {
        String session = signIn("pg-delegate");
        long events = eventStore.count();
        HttpResponse<String> forged = send(at("/briefs/" + UUID.randomUUID() + "/acknowledgement").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(forged.body()).contains("<h1>You cannot do this</h1>", "Nothing was recorded");
        assertThat(eventStore.count()).isEqualTo(events);
    }

    @Test
    void signing_in_without_the_form_token_is_refused_and_a_wrong_password_returns_to_the_form() throws Exception {
        HttpResponse<String> noToken = send(at("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=pg-chair&password=" + LedgerTestUsers.PASSWORDS.get("pg-chair"))));
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> form = send(at("/login"));
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> wrong = send(at("/login").header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=pg-chair&password=wrong&_csrf=" + token(form.body()))));
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void an_api_error_for_a_page_path_is_a_page_and_for_an_api_path_problem_json() throws Exception {
        String session = signIn("pg-chair");
        HttpResponse<String> page = send(at("/no-such-page").header("Cookie", session));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Page not found</h1>", "pg-chair (Chair, pages-test)");
        HttpResponse<String> api = send(at("/api/v1/no-such-thing").header("Authorization", basic("pg-chair")));
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        for (String path : List.of("/briefs/not-a-brief", "/briefs/" + UUID.randomUUID(), "/confederations/no-such-confederation")) {
            HttpResponse<String> unknown = send(at(path).header("Cookie", session));
            assertThat(unknown.statusCode()).as(path).isEqualTo(404);
            assertThat(unknown.body()).as(path).contains("<h1>Page not found</h1>");
        }
    }

    @Test
    void a_form_that_cannot_be_read_is_a_bad_request_page_and_records_nothing() throws Exception {
        String session = signIn("pg-delegate");
        String token = token(send(at("/me/briefs").header("Cookie", session)).body());
        long events = eventStore.count();
        for (String form : List.of("items=x", "actions%5B0%5D=x", "items%5B5000%5D.outcome=AGREED")) {
            HttpResponse<String> garbled = send(at("/briefs/" + UUID.randomUUID() + "/feedback").header("Cookie", session)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token)));
            assertThat(garbled.statusCode()).as(form).isBetween(400, 404);
            assertThat(garbled.headers().firstValue("Content-Type").orElseThrow()).as(form).startsWith("text/html");
        }
        HttpResponse<String> noSlug = send(at("/actions/" + UUID.randomUUID() + "/completion").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)));
        assertThat(noSlug.statusCode()).isBetween(400, 404);
        assertThat(eventStore.count()).isEqualTo(events);
    }

    private String signIn(String user) {
        return new PageClient(port).signIn(user);
    }

    private static String token(String html) {
        return PageClient.token(html);
    }

    private static String basic(String user) {
        return PageClient.basic(user);
    }
}
