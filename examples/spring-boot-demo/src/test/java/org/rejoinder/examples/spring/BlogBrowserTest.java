package org.rejoinder.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rejoinder.examples.web.Chromium;
import org.rejoinder.examples.web.RequiresChromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Spring Boot blog in headless Chromium, as its readers and its moderator use it: the index
 * with its counts, a post's page with the thread and the form (Rejoinder's, in the blog's
 * Thymeleaf frame), a comment, a reply through the moved form, a held comment that the moderator,
 * signed in with Spring Security, approves; and the meters that counted it all. One application
 * and one browser for the class.
 */
@RequiresChromium
@SpringBootTest(classes = BlogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:blog-browser-test;DB_CLOSE_DELAY=-1",
      "blog.moderator-password=" + BlogBrowserTest.PASSWORD,
      "rejoinder.moderation.flood-interval=0",
      "rejoinder.web.secret=c2VjcmV0IG9mIHRoZSBibG9nJ3MgYnJvd3NlciB0ZXN0cywgMzIgYnl0ZXMgb3IgbW9yZQ=="
    })
class BlogBrowserTest {
  static final String PASSWORD = "a-test-password";
  private static final String POST = "ten-years-of-writing-in-public";

  private static ChromeDriver browser;

  @Value("${local.server.port}")
  int port;

  @Autowired
  MeterRegistry registry;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start(true);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private static WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  private static void fill(String id, String text) {
    WebElement field = byId(id);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks a button that sends a form, and waits for the page that answers. */
  private static void send(WebElement button) {
    Chromium.clickToNextPage(browser, button);
  }

  /** Fills the guest's form, sends it, and returns the new comment's id from the permalink. */
  private static String comment(String name, String text) {
    fill("comment", text);
    fill("author", name);
    fill("email", name.toLowerCase(java.util.Locale.ROOT) + "@example.com");
    send(byId("submit"));
    String url = browser.getCurrentUrl();
    assertThat(url).contains("#comment-");
    return url.substring(url.indexOf("#comment-") + "#comment-".length());
  }

  private String countOnTheIndex() {
    open("/");
    return browser.findElement(By.xpath("//a[@href='/comments/posts/" + POST + "']/following-sibling::span"))
        .getText();
  }

  @Test
  void readersPostAndReply_theModeratorApprovesTheHeldComment_andTheIndexCountsThem() {
    assertThat(countOnTheIndex()).isEqualTo("0 comments");
    browser.findElement(By.linkText("Ten years of writing in public")).click();
    assertThat(browser.findElement(By.cssSelector("article.post h1")).getText())
        .isEqualTo("Ten years of writing in public");
    assertThat(Chromium.seriousViolations(browser)).as("the post's page").isEmpty();

    String first = comment("Ann", "What a decade of writing.");
    assertThat(byId("comment-" + first).getText()).contains("What a decade of writing.");

    WebElement reply = byId("comment-" + first).findElement(By.className("comment-reply-link"));
    reply.click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comment-" + first + " #respond")));
    String answer = comment("Bo", "Ten more, please.");
    assertThat(browser.findElements(By.cssSelector("#comment-" + first + " > ol.children > #comment-" + answer)))
        .hasSize(1);

    String held = comment("Cy", "Try my casino");
    assertThat(byId("comment-" + held).findElement(By.className("comment-awaiting-moderation")).getText())
        .isEqualTo("Your comment is awaiting moderation.");
    assertThat(countOnTheIndex()).isEqualTo("2 comments");

    browser.manage().deleteAllCookies();
    open("/login");
    fill("username", "moderator");
    fill("password", PASSWORD);
    send(browser.findElement(By.cssSelector("button[type=submit]")));
    open("/comments/moderation");
    send(browser.findElement(By.cssSelector("#queue-" + held + " button.moderation-approve")));
    assertThat(browser.findElements(By.id("queue-" + held))).isEmpty();

    browser.manage().deleteAllCookies();
    assertThat(countOnTheIndex()).isEqualTo("3 comments");
    open("/comments/posts/" + POST);
    assertThat(byId("comment-" + held).getText()).contains("Try my casino");

    assertThat(registry.get("rejoinder.submissions").tag("verdict", "approve").counter().count()).isEqualTo(2);
    assertThat(registry.get("rejoinder.submissions").tag("verdict", "hold").counter().count()).isEqualTo(1);
    assertThat(registry.get("rejoinder.moderation.actions").tag("to", "approved").counter().count()).isEqualTo(1);
    assertThat(registry.get("rejoinder.render").tag("kind", "page").timer().count()).isPositive();
  }
}
