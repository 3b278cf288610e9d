package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;

/**
 * Debian's headless Chromium, driven through chromium-driver (no browser is downloaded: Selenium
 * Manager is never asked), on the pages of a running ledger. Each page it is asked to check is
 * checked with axe-core (the npm package's {@code axe.min.js}, vendored by tools/refresh-frontend.sh)
 * for serious and critical violations, and can be photographed for docs/pages.
 */
final class PagesBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("ledger.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("ledger.chromedriver", "/usr/bin/chromedriver"));
    private static final String AXE = resource("/axe/axe.min.js");

    private final ChromeDriver driver;
    private final String base;
    private final Path userData;

    private PagesBrowser(ChromeDriver driver, String base, Path userData) {
        this.driver = driver;
        this.base = base;
        this.userData = userData;
    }

    /**
     * A new browser with no session. Without Chromium the browser tests cannot run: on CI (where
     * {@code .ci/run} installs it) that fails the build; elsewhere the tests are skipped, saying what to install.
     */
    static PagesBrowser open(int port) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("The browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        }
        assertThat(installed).as("chromium at " + CHROMIUM + " and chromium-driver at " + CHROMEDRIVER + " (installed by .ci/run)").isTrue();
        try {
            Path userData = Files.createTempDirectory("ledger-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,900", "--lang=en-GB", "--user-data-dir=" + userData);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new PagesBrowser(driver, "http://127.0.0.1:" + port, userData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PagesBrowser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the sign-in form, as a person would. */
    PagesBrowser signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click may return before the sign-in is answered: a page opened then would be asked without the session.
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !path().equals("/login")
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the sign-in was not answered within 10 s; still on " + path() + ", whose page is: " + pageText(), e);
        }
        return this;
    }

    /** Signs out, and waits for the sign-in page: a form's submission may still be under way when a click returns. */
    PagesBrowser signOut() {
        driver.findElement(By.cssSelector(".nhsuk-header__account-button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().startsWith("/login")
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The page as the browser has it, shortened: what a failed expectation shows. */
    private String pageText() {
        String source = driver.getPageSource();
        return source.length() > 2000 ? source.substring(0, 2000) + "…" : source;
    }

    String title() {
        return driver.getTitle();
    }

    /** The page's one h1, once the page has it (waiting up to five seconds for a page still arriving). */
    String h1() {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> d.findElements(By.tagName("h1")).size() == 1);
        } catch (org.openqa.selenium.TimeoutException notYet) {
            // the assertion below says what the page is instead
        }
        List<WebElement> headings = driver.findElements(By.tagName("h1"));
        assertThat(headings).as("one h1 on %s, whose page is: %s", path(), headings.size() == 1 ? "" : pageText()).hasSize(1);
        return headings.get(0).getText();
    }

    String html() {
        return driver.getPageSource();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    void clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
    }

    void type(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Presses Tab from the top of the page until the element matching {@code css} has the focus (at
     * most {@code limit} times), then Enter: what a person using only a keyboard does.
     */
    void tabToAndPressEnter(String css, int limit) {
        WebElement target = driver.findElement(By.cssSelector(css));
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys("");
        for (int presses = 0; presses < limit; presses++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if (driver.switchTo().activeElement().equals(target)) {
                driver.switchTo().activeElement().sendKeys(Keys.ENTER);
                return;
            }
        }
        throw new AssertionError("did not reach " + css + " on " + path() + " with " + limit + " presses of Tab");
    }

    /** Waits (at most 10 s) for the browser to arrive at {@code path}, after a form sent (a click returns before a slow answer arrives). */
    void waitForPath(String path) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals(path)
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("did not reach " + path + " within 10 s; still on " + path() + ", whose page is: " + pageText(), e);
        }
    }

    void back() {
        driver.navigate().back();
    }

    /** The page's basics: lang="en-GB", a title naming it, one h1; and axe-core finds no serious or critical violation. */
    PagesBrowser checkPage() {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as("lang on " + path()).isEqualTo("en-GB");
        assertThat(title()).as("title on " + path()).endsWith("– Mandate Ledger").isNotEqualTo("– Mandate Ledger");
        h1();
        ((JavascriptExecutor) driver).executeScript(AXE);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));");
        assertThat(result).as("axe on " + path()).isInstanceOf(String.class);
        assertThat((String) result).as("axe ran on " + path()).doesNotStartWith("error:");
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : LedgerHttp.JSON.readTree((String) result)) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                serious.add(impact + " " + violation.path("id").asString() + ": " + violation.path("help").asString() + " at " + targets);
            }
        }
        assertThat(serious).as("axe-core's serious and critical violations on " + path()).isEmpty();
        return this;
    }

    /**
     * A photograph of the whole page, in target/pages and, when the build is given
     * {@code -Dledger.pages.screenshots=<folder>} (docs/pages), there too.
     */
    PagesBrowser screenshot(String name) {
        try {
            Dimension before = driver.manage().window().getSize();
            Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(6000, height.intValue() + 140)));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(before);
            Path target = Path.of("target", "pages");
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), png);
            String docs = System.getProperty("ledger.pages.screenshots");
            if (docs != null && !docs.isBlank()) {
                Files.createDirectories(Path.of(docs));
                Files.write(Path.of(docs).resolve(name + ".png"), png);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code script} in the page (a person's browser could do the same), for what a page cannot show, such as its cookies. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs {@code script} in the page and waits (at most 30 s) for it to call {@code done(result)}. */
    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];" + script, arguments);
    }

    Map<String, String> cookies() {
        Map<String, String> cookies = new java.util.HashMap<>();
        driver.manage().getCookies().forEach(c -> cookies.put(c.getName(), c.isHttpOnly() + ";" + c.getSameSite()));
        return cookies;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(userData)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = PagesBrowser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing: run tools/refresh-frontend.sh");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
