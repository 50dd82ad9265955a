package org.rejoinder.examples.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver, both at explicit paths: nothing is downloaded.
 * Other modules' browser tests use it through this module's test jar.
 */
public final class Chromium {
  /** Where Chromium is: {@code /usr/bin/chromium}, or the system property {@code rejoinder.chromium}. */
  public static final Path BINARY = Path.of(System.getProperty("rejoinder.chromium", "/usr/bin/chromium"));
  /** Where chromedriver is: {@code /usr/bin/chromedriver}, or {@code rejoinder.chromedriver}. */
  public static final Path DRIVER = Path.of(System.getProperty("rejoinder.chromedriver", "/usr/bin/chromedriver"));

  /** Records calls to alert, confirm and prompt instead of showing them, on every page. */
  private static final String TRAP = "window.__trapped = [];"
      + "['alert', 'confirm', 'prompt'].forEach(function (name) {"
      + "  window[name] = function () { window.__trapped.push(name); return null; };"
      + "});";

  private Chromium() {}

  /** Starts a browser, with script or without, in a fresh profile. */
  public static ChromeDriver start(boolean script) {
    try {
      Path profile = Files.createTempDirectory("rejoinder-chromium");
      ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox",
          "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run",
          "--user-data-dir=" + profile, "--window-size=1200,900");
      options.setBinary(BINARY.toFile());
      if (!script) {
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
      }
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code action}, which leads to another page, and waits until that page has loaded. The
   * old page is marked with a window property; the wait ends when the property is gone and the new
   * document is complete. Unlike waiting for an element to go stale, this holds when a script moved
   * the element first, and while the browser is between two documents.
   */
  public static void awaitNextPage(ChromeDriver driver, Runnable action) {
    driver.executeScript("window.__rejoinderOldPage = true;");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(driver.executeScript(
            "return window.__rejoinderOldPage === undefined && document.readyState === 'complete';")));
  }

  /** Clicks {@code element}, which sends a form or follows a link, and waits for the next page. */
  public static void clickToNextPage(ChromeDriver driver, WebElement element) {
    awaitNextPage(driver, element::click);
  }

  /** Returns the dialogs scripts tried to open on the current page. */
  public static List<?> trapped(ChromeDriver driver) {
    Object trapped = driver.executeScript("return window.__trapped || [];");
    return (List<?>) trapped;
  }

  /** Returns axe-core's serious and critical violations on the current page, described. */
  public static List<String> seriousViolations(ChromeDriver driver) {
    Results results = new AxeBuilder().analyze(driver);
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(Chromium::describe)
        .collect(Collectors.toList());
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList();
  }
}
