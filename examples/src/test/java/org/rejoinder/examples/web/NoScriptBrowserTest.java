package org.rejoinder.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.rejoinder.examples.DemoServer;

/** The demo server in a browser with script turned off: reading, replying and posting still work. */
@RequiresChromium
class NoScriptBrowserTest {
  private static DemoServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    server = TestServer.start(Duration.ofSeconds(15));
    browser = Chromium.start(false);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void withoutScript_theReplyLinkOpensTheFormForThatComment_andTheReplyLandsUnderIt() {
    browser.get(server.url().resolve(TestServer.postPath()).toString());
    assertThat(browser.findElement(By.className("comments-title")).getText()).contains("responses to");
    WebElement reply = browser.findElement(By.cssSelector("li.depth-1 > article .comment-reply-link"));
    String parent = reply.getAttribute("data-commentid");
    Chromium.clickToNextPage(browser, reply);

    assertThat(browser.getCurrentUrl()).contains("replytocom=" + parent);
    assertThat(browser.findElement(By.id("reply-title")).getText()).startsWith("Leave a Reply to");
    assertThat(browser.findElement(By.id("comment_parent")).getAttribute("value")).isEqualTo(parent);
    browser.findElement(By.id("comment")).sendKeys("Replied without script.");
    browser.findElement(By.id("author")).sendKeys("Nora Noscript");
    browser.findElement(By.id("email")).sendKeys("nora@example.com");
    Chromium.clickToNextPage(browser, browser.findElement(By.id("submit")));

    String url = browser.getCurrentUrl();
    String id = url.substring(url.indexOf("#comment-") + 9);
    assertThat(browser.findElements(By.cssSelector("#comment-" + parent + " > ol.children > #comment-" + id)))
        .hasSize(1);
    assertThat(Chromium.trapped(browser)).isEmpty();
  }
}
