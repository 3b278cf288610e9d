package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The pages for people, in real headless Chromium (PagesBrowser): each role signs in and walks
 * its journey, every page it meets is checked with axe-core, and the main pages are photographed.
 * The ledger behind them is Cheshire's real practices, recorded over the API by the secretariat.
 */
class PagesBrowserTest extends LedgerServiceTest {

    private static final String SLUG = "pages-test";
    private static final String RED_LINE = "No unfunded extension of core hours";
    private static final String NEGOTIABLE = "Hub location";

    private static Scenario scenario;

    /** What the secretariat recorded for the journeys: once for the class, as the service is shared. */
    record Scenario(String brief, String meeting, String issue, Instant beforeBacking, String startedBrief, Instant startedAt,
                    List<String> backing) {
    }

    @BeforeEach
    void record() {
        if (scenario != null) {
            return;
        }
        CheshireLedger ledger = new CheshireLedger(http, SLUG);
        http.put("registrar", "/api/v1/topics/pg-access", body("title", "Same-day access"));
        http.put("registrar", "/api/v1/forums/pg-board", body("name", "Cheshire East Place Partnership Board", "level", "PLACE"));
        ledger.form("Cheshire East GP Confederation (pages)");
        Instant beforeBacking = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        await(1);
        CheshireLedger.Backing backing = ledger.grantLargestFirstUntilHalf();
        String issue = ledger.issue("pg-access", "Same-day access hubs", "COLLECTIVE", null);
        ledger.position(issue, "General practice supports same-day hubs run by the PCNs", List.of(RED_LINE, "Triage stays with practices"),
                List.of(NEGOTIABLE, "Start date"), backing.practices());
        String person = ledger.person("Dr Priya Gill", "pg.delegate");
        String appointment = ledger.appoint(person, List.of("*"), List.of("*"), "NEGOTIATE");
        String meeting = ledger.meeting("pg-board", Instant.now().plus(7, ChronoUnit.DAYS), "Winter access plan");
        JsonNode brief = ledger.brief(appointment, meeting, List.of(body("issue", issue, "authority", "NEGOTIATE", "mayConcede", List.of("N1"),
                "referBack", List.of("Any change to funding"), "notes", "The ICB will table the hub locations.")));
        // A meeting about to start, for feedback: its brief lets the delegate agree under NEGOTIATE, conceding only N1.
        Instant startsAt = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        String huddle = ledger.meeting("pg-board", startsAt, "Urgent care huddle");
        JsonNode started = ledger.brief(appointment, huddle, List.of(body("issue", issue, "authority", "NEGOTIATE", "mayConcede", List.of("N1"))));
        scenario = new Scenario(brief.get("id").asString(), meeting, issue, beforeBacking, started.get("id").asString(), startsAt,
                backing.practices());
    }

    @Test
    void a_delegate_reads_their_brief_and_acknowledges_it_by_keyboard_once() {
        try (PagesBrowser browser = PagesBrowser.open(port)) {
            browser.go("/briefs/" + scenario.brief());
            assertThat(browser.path()).as("a page needs signing in").isEqualTo("/login");
            browser.signIn("pg-delegate", LedgerTestUsers.PASSWORDS.get("pg-delegate"));
            assertThat(browser.path()).as("back to the page asked for").isEqualTo("/briefs/" + scenario.brief());
            browser.go("/").checkPage().screenshot("home-delegate");
            assertThat(browser.texts("main table a")).contains("Winter access plan (pg-board)");

            browser.clickLink("Winter access plan (pg-board)");
            browser.waitForPath("/briefs/" + scenario.brief());
            assertThat(browser.h1()).isEqualTo("Brief for Winter access plan");
            String brief = browser.text("main");
            assertThat(brief).contains("You must not concede", "E1: " + RED_LINE, "You may concede", "N1: " + NEGOTIABLE,
                    "Any change to funding", "The ICB will table the hub locations.", "Not yet acknowledged");
            browser.checkPage().screenshot("brief");

            long events = eventStore.count();
            browser.tabToAndPressEnter("main form button[type=submit]", 80);
            browser.waitForPath("/briefs/" + scenario.brief() + "?acknowledged");
            assertThat(browser.text("main")).contains("Your acknowledgement is recorded.", "Acknowledged");
            assertThat(browser.has("main form button[type=submit]")).as("nothing left to acknowledge").isFalse();
            assertThat(eventStore.count()).isEqualTo(events + 1);

            // The form sent again from the page before (the back button; sent by script, past the button's double-click guard): recorded once.
            browser.back();
            browser.script("document.querySelector('main form[action$=\"/acknowledgement\"]').submit()");
            browser.waitForPath("/briefs/" + scenario.brief() + "?acknowledged");
            assertThat(browser.text("main")).contains("Your acknowledgement is recorded.", "Acknowledged");
            assertThat(eventStore.count()).isEqualTo(events + 1);

            browser.go("/me/briefs").checkPage().screenshot("my-briefs");
            assertThat(browser.text("main")).contains("Winter access plan", "Acknowledged");
        }
    }

    @Test
    void an_icb_user_reads_the_confederation_and_never_a_term_or_a_brief() {
        try (PagesBrowser browser = PagesBrowser.open(port)) {
            browser.signIn("pg-icb", LedgerTestUsers.PASSWORDS.get("pg-icb"));
            browser.go("/").checkPage().screenshot("home-icb");
            assertThat(browser.text("main")).contains("General practice's positions", "Cheshire East GP Confederation (pages)", "Same-day access hubs");
            assertThat(browser.html()).doesNotContain(RED_LINE, NEGOTIABLE);
            browser.go("/confederations").checkPage();
            browser.clickLink("Cheshire East GP Confederation (pages)");
            browser.waitForPath("/confederations/" + SLUG);
            browser.checkPage();
            assertThat(browser.text("main")).contains("Same-day access", "Authority:");
            assertThat(browser.html()).doesNotContain(RED_LINE, NEGOTIABLE);

            browser.clickLink("Issue register");
            browser.waitForPath("/confederations/" + SLUG + "/issues");
            browser.checkPage().screenshot("register-icb");
            assertThat(browser.text("main")).contains("Same-day access hubs", "General practice supports same-day hubs run by the PCNs");
            browser.clickLink("Same-day access hubs");
            assertThat(browser.h1()).isEqualTo("Same-day access hubs");
            browser.checkPage();
            assertThat(browser.text("main")).contains("Adopted", "General practice supports same-day hubs run by the PCNs")
                    .doesNotContain("Essential terms", "Support:");
            assertThat(browser.html()).doesNotContain(RED_LINE, NEGOTIABLE);
            browser.go("/confederations/" + SLUG + "/topics/pg-access");
            browser.checkPage();
            assertThat(browser.text("main")).contains("Who may speak on it", "Not shown to your role");
            assertThat(browser.has("a[href^='/briefs/']")).as("no way to a brief for the ICB").isFalse();
            assertThat(browser.html()).doesNotContain(RED_LINE, NEGOTIABLE);
            browser.go("/confederations/" + SLUG + "/audit");
            assertThat(browser.h1()).as("the audit is the chair's and secretariat's").isEqualTo("You cannot do this");

            browser.go("/briefs/" + scenario.brief());
            assertThat(browser.h1()).as("a brief the API hides from the ICB").isEqualTo("Page not found");
            assertThat(browser.html()).doesNotContain(RED_LINE, NEGOTIABLE, "Winter access plan");
            browser.checkPage();
        }
    }

    @Test
    void a_chair_sees_the_authority_now_and_as_at_an_earlier_instant() {
        try (PagesBrowser browser = PagesBrowser.open(port)) {
            browser.signIn("pg-chair", LedgerTestUsers.PASSWORDS.get("pg-chair"));
            browser.go("/confederations/" + SLUG);
            String now = browser.text("main [data-topic=pg-access] strong.nhsuk-tag");
            assertThat(now).as("authority on the topic now: the largest practices granted AGREE until half").isEqualTo(
                    http.get("registrar", "/api/v1/confederations/" + SLUG + "/coverage?topic=pg-access").json().get("authority").asString());
            assertThat(now).isNotEqualTo("OBSERVE");
            browser.checkPage().screenshot("confederation");

            // The topic in depth: what it would take to reach AGREE (three quarters of practices and of patients), worked out here from the files.
            browser.click("[data-topic=pg-access] h3 a");
            browser.waitForPath("/confederations/" + SLUG + "/topics/pg-access");
            browser.checkPage().screenshot("topic");
            CheshireLedger files = new CheshireLedger(http, SLUG);
            List<String> largestFirst = new java.util.ArrayList<>(CheshireFiles.bySize(files.patients).stream().filter(files.practices::contains).toList());
            java.util.Collections.reverse(largestFirst);
            List<String> backed = new java.util.ArrayList<>(scenario.backing());
            List<String> needed = new java.util.ArrayList<>();
            for (String practice : largestFirst) {
                if (files.meets(backed, "0.75")) {
                    break;
                }
                if (!backed.contains(practice)) {
                    backed.add(practice);
                    needed.add(practice);
                }
            }
            List<String> shown = browser.texts("ul[data-level=AGREE] li");
            assertThat(shown).hasSize(needed.size());
            for (int i = 0; i < needed.size(); i++) {
                assertThat(shown.get(i)).contains("(" + needed.get(i) + ")", String.format(java.util.Locale.UK, "%,d registered patients", files.patients.get(needed.get(i))));
            }
            assertThat(browser.text("main")).contains("Dr Priya Gill", "Which practices count", "Authority over the past year");
            browser.back();

            java.time.ZonedDateTime before = scenario.beforeBacking().atZone(java.time.ZoneId.of("Europe/London"));
            browser.type("#at-day", Integer.toString(before.getDayOfMonth()));
            browser.type("#at-month", Integer.toString(before.getMonthValue()));
            browser.type("#at-year", Integer.toString(before.getYear()));
            browser.type("#at-time", String.format("%02d:%02d:%02d", before.getHour(), before.getMinute(), before.getSecond()));
            browser.click("main form button[type=submit]");
            assertThat(browser.text("main .nhsuk-inset-text")).contains("As it stood on");
            assertThat(browser.text("main [data-topic=pg-access] strong.nhsuk-tag")).as("before any mandate").isEqualTo("OBSERVE");
            browser.checkPage();

            // The issue's record-position form, prefilled from the version it would follow (not sent: the journeys' briefs rest on that version).
            browser.go("/issues/" + scenario.issue());
            browser.clickLink("Record a new version");
            assertThat(browser.h1()).isEqualTo("Record general practice's position");
            assertThat(browser.text("#essential-terms")).contains(RED_LINE);
            browser.checkPage().screenshot("position");

            // The ledger's seal: checked on request, the checkpoint to keep, how to check it offline.
            browser.clickLink("Ledger");
            assertThat(browser.h1()).isEqualTo("The ledger's seal");
            browser.click("main form button[type=submit]");
            assertThat(browser.text("#verification")).contains("The ledger verifies");
            browser.checkPage().screenshot("ledger");
        }
    }

    @Test
    void a_member_withdraws_and_grants_its_own_mandate_and_sees_the_authority_change() {
        String member = "N81002";
        String conf = "/confederations/" + SLUG;
        String before = authority();
        assertThat(before).as("the largest practices' mandates, N81002's among them, reach NEGOTIATE").isEqualTo("NEGOTIATE");
        try (PagesBrowser browser = PagesBrowser.open(port)) {
            browser.signIn("pg-member", LedgerTestUsers.PASSWORDS.get("pg-member"));
            browser.go("/").checkPage().screenshot("home-member");
            assertThat(browser.text("main")).contains("Mandates of " + member, "Grant a mandate");
            browser.go(conf + "/mandates?status=ACTIVE&grantor=" + member).checkPage().screenshot("mandates-member");
            assertThat(browser.texts("a[href$='/withdrawal']")).as("a member withdraws its own mandates only").hasSize(1);
            browser.click("a[href$='/withdrawal']");
            assertThat(browser.h1()).isEqualTo("Withdraw the mandate of " + member);
            browser.checkPage();
            long events = eventStore.count();
            browser.click("main form button[type=submit]");
            assertThat(browser.text(".nhsuk-error-summary")).contains("Enter why the mandate is withdrawn");
            assertThat(eventStore.count()).isEqualTo(events);
            browser.type("#reason", "Practice meeting of 1 December: mandate withdrawn pending review");
            browser.click("main form button[type=submit]");
            browser.waitForPath(conf + "/mandates?withdrawn");
            assertThat(eventStore.count()).isEqualTo(events + 1);

            browser.go(conf);
            assertThat(browser.text("main [data-topic=pg-access] strong.nhsuk-tag")).as("one practice fewer: below half of the practices").isEqualTo("REPRESENT");
            assertThat(authority()).isEqualTo("REPRESENT");

            browser.clickLink("Mandates");
            browser.clickLink("Grant a mandate");
            browser.checkPage().screenshot("grant");
            browser.click("#grant button[type=submit]");
            assertThat(browser.text(".nhsuk-error-summary")).contains("Select the topics", "Select the highest authority");
            assertThat(eventStore.count()).isEqualTo(events + 1);
            browser.click("input[name=topics][value=pg-access]");
            browser.click("input[name=ceiling][value=AGREE]");
            browser.type("#evidence", "Practice meeting of 5 December");
            browser.click("#grant button[type=submit]");
            browser.waitForPath(conf + "?granted");
            assertThat(browser.text("#granted")).contains("The mandate is granted");
            assertThat(browser.text("main [data-topic=pg-access] strong.nhsuk-tag")).as("the practice counts again on this topic").isEqualTo("NEGOTIATE");
            assertThat(eventStore.count()).isEqualTo(events + 2);

            browser.go("/confederations/other-confederation/mandates/new");
            assertThat(browser.h1()).as("outside the member's reach").isEqualTo("You cannot do this");
        }
    }

    private String authority() {
        return http.get("registrar", "/api/v1/confederations/" + SLUG + "/coverage?topic=pg-access").json().get("authority").asString();
    }

    @Test
    void bad_input_gets_the_form_back_with_its_errors_and_records_nothing() {
        try (PagesBrowser browser = PagesBrowser.open(port)) {
            browser.signIn("pg-chair", "not-the-password");
            browser.waitForPath("/login?error");
            assertThat(browser.title()).startsWith("Error: ");
            assertThat(browser.text(".nhsuk-error-summary")).contains("There is a problem", "Enter a correct user name and password");
            browser.checkPage().screenshot("sign-in-error");

            browser.signIn("pg-chair", LedgerTestUsers.PASSWORDS.get("pg-chair"));
            long events = eventStore.count();
            browser.go("/confederations/" + SLUG);
            browser.type("#at-day", "31");
            browser.type("#at-month", "2");
            browser.type("#at-year", "2026");
            browser.type("#at-time", "25:00");
            browser.click("main form button[type=submit]");
            assertThat(browser.title()).startsWith("Error: ");
            assertThat(browser.text(".nhsuk-error-summary")).contains("There is a problem", "Enter a real date", "Enter the time as hours and minutes");
            assertThat(browser.text("#at-day-error")).contains("Enter a real date");
            assertThat(browser.text("#at-time-error")).contains("Enter the time");
            assertThat(browser.has("#at-day.nhsuk-input--error")).isTrue();
            browser.checkPage().screenshot("as-at-error");

            browser.go("/no-such-page");
            assertThat(browser.h1()).isEqualTo("Page not found");
            browser.checkPage().screenshot("not-found");
            assertThat(eventStore.count()).isEqualTo(events);

            browser.signOut();
            browser.waitForPath("/login?signedOut");
            assertThat(browser.text("main")).contains("You have signed out.");
        }
    }

    @Test
    void a_delegate_feeds_back_crossing_a_red_line_and_the_chair_ratifies_from_the_audit() {
        while (Instant.now().isBefore(scenario.startedAt().plusSeconds(1))) {
            await(1);
        }
        String brief = "/briefs/" + scenario.startedBrief();
        try (PagesBrowser browser = PagesBrowser.open(port)) {
            browser.signIn("pg-delegate", LedgerTestUsers.PASSWORDS.get("pg-delegate"));
            browser.go(brief);
            browser.clickLink("Feed back on this meeting");
            browser.waitForPath(brief + "/feedback");
            browser.checkPage().screenshot("feedback");

            long events = eventStore.count();
            browser.click("#form button[type=submit]");
            assertThat(browser.title()).startsWith("Error: ");
            assertThat(browser.text(".nhsuk-error-summary")).contains("Select what came of Same-day access hubs");
            assertThat(browser.text("#items-0-outcome-error")).contains("Select what came of");
            browser.type("#actions-0-description", "Send the access figures to the ICB");
            browser.click("#form button[type=submit]");
            assertThat(browser.text(".nhsuk-error-summary")).contains("Select who owns the action", "Enter a real due date");
            assertThat(browser.text("#actions-0-owner-error")).contains("Select who owns the action");
            assertThat(browser.html()).as("what was typed is kept").contains("Send the access figures to the ICB");
            browser.checkPage().screenshot("feedback-errors");
            assertThat(eventStore.count()).as("a form with errors records nothing").isEqualTo(events);

            browser.click("#items-0-outcome");
            browser.click("#items-0-conceded");
            browser.click("#items-0-conceded-3");
            browser.type("#items-0-summary", "Agreed hubs in each PCN from April");
            browser.type("#items-0-commitments", "Hubs open from 1 April");
            browser.type("#actions-0-owner", "N81001");
            LocalDate due = LocalDate.now().plusDays(14);
            browser.type("#actions-0-due", Integer.toString(due.getDayOfMonth()));
            browser.type("#actions-0-due-month", Integer.toString(due.getMonthValue()));
            browser.type("#actions-0-due-year", Integer.toString(due.getYear()));
            browser.script("sessionStorage.setItem('sent', new URLSearchParams(new FormData(document.getElementById('form'))).toString())");
            browser.click("#form button[type=submit]");
            browser.waitForPath(brief + "?fedBack");
            assertThat(browser.text("#fed-back")).contains("Your feedback is recorded");
            assertThat(browser.text("#findings")).contains("CRITICAL", "must not be conceded", "E1", "WARNING", "ratifies");
            assertThat(eventStore.count()).isEqualTo(events + 1);
            browser.checkPage().screenshot("feedback-recorded");

            // The same form sent again, as a double click or a retry would send it: the first answer (its redirect), nothing recorded twice.
            Object again = browser.asyncScript("fetch(arguments[0], {method: 'POST', redirect: 'manual', body: sessionStorage.getItem('sent'),"
                    + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}}).then(r => done(r.type), e => done('error ' + e))", brief + "/feedback");
            assertThat(again).as("the first sending's redirect, replayed").isEqualTo("opaqueredirect");
            assertThat(eventStore.count()).isEqualTo(events + 1);
        }
        try (PagesBrowser browser = PagesBrowser.open(port)) {
            browser.signIn("pg-chair", LedgerTestUsers.PASSWORDS.get("pg-chair"));
            assertThat(browser.text("main")).contains("What needs your attention");
            browser.checkPage().screenshot("home-chair");
            browser.clickLink("Audit");
            browser.waitForPath("/confederations/" + SLUG + "/audit");
            assertThat(browser.texts("tr[data-finding]")).anyMatch(row -> row.contains("CRITICAL") && row.contains("must not be conceded"));
            browser.checkPage().screenshot("audit");

            browser.click("a[href='/briefs/" + scenario.startedBrief() + "/items/" + scenario.issue() + "/ratification']");
            assertThat(browser.h1()).isEqualTo("Ratify or reject: Same-day access hubs");
            browser.checkPage();
            long events = eventStore.count();
            browser.click("main form button[type=submit]");
            assertThat(browser.text(".nhsuk-error-summary")).contains("Select whether the confederation ratifies or rejects");
            assertThat(eventStore.count()).isEqualTo(events);
            browser.click("#decision");
            browser.click("main form button[type=submit]");
            browser.waitForPath("/confederations/" + SLUG + "/audit?decided");
            assertThat(browser.text("main")).contains("The decision is recorded.");
            assertThat(browser.has("tr[data-finding=AWAITING_RATIFICATION]")).as("ratified: nothing awaits").isFalse();
            assertThat(eventStore.count()).isEqualTo(events + 1);

            browser.click("main .nhsuk-card form button[type=submit]");
            assertThat(browser.text("main")).contains("The action is recorded as done.", "No action is open.");
            assertThat(eventStore.count()).isEqualTo(events + 2);
        }
    }

    private static void await(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
