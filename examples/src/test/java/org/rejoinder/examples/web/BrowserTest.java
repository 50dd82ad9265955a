package org.rejoinder.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rejoinder.examples.DemoServer;

/**
 * The demo server in a real browser, as readers and the moderator use it: headless Chromium with
 * script, one browser and one server for the whole class; each test starts as a new visitor.
 */
@RequiresChromium
class BrowserTest {
  private static DemoServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    server = TestServer.start(Duration.ofSeconds(15));
    browser = Chromium.start(true);
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

  @BeforeEach
  void newVisitor() {
    open("");
    browser.manage().deleteAllCookies();
  }

  private static void open(String path) {
    browser.get(server.url().resolve(path).toString());
  }

  private static void openPost() {
    open(TestServer.postPath());
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

  /** Fills the guest's form and sends it; returns the new comment's id from the permalink. */
  private static String post(String name, String email, String text) {
    fill("comment", text);
    fill("author", name);
    fill("email", email);
    send(byId("submit"));
    String url = browser.getCurrentUrl();
    assertThat(url).contains("#comment-");
    return url.substring(url.indexOf("#comment-") + "#comment-".length());
  }

  private static void signInAsModerator() {
    open("login");
    fill("user", DemoServer.MODERATOR);
    fill("password", server.moderatorPassword());
    send(byId("sign-in"));
    assertThat(browser.getCurrentUrl()).contains("/moderation");
  }

  @Test
  void aGuestSeesTheirCommentAwaitingModeration_othersDoNot_untilTheModeratorApprovesIt() {
    openPost();
    String id = post("Grace Held", "grace@example.com", "Two links: https://a.example and https://b.example");

    assertThat(byId("comment-" + id).findElement(By.className("comment-awaiting-moderation")).getText())
        .isEqualTo("Your comment is awaiting moderation.");
    assertThat(byId("comment-form-notice").getText()).isEqualTo("Your comment is awaiting moderation.");
    Set<Cookie> guest = browser.manage().getCookies();

    browser.manage().deleteAllCookies();
    openPost();
    assertThat(browser.findElements(By.id("comment-" + id))).isEmpty();

    signInAsModerator();
    send(browser.findElement(By.cssSelector("#queue-" + id + " button.moderation-approve")));
    assertThat(browser.findElements(By.id("queue-" + id))).isEmpty();

    browser.manage().deleteAllCookies();
    openPost();
    assertThat(byId("comment-" + id).getText()).contains("Two links");
    guest.forEach(browser.manage()::addCookie);
    openPost();
    assertThat(byId("comment-" + id).findElements(By.className("comment-awaiting-moderation"))).isEmpty();
  }

  @Test
  void aReplyToAReply_throughTheMovedForm_landsOneLevelDeeper() {
    openPost();
    WebElement reply = browser.findElement(By.cssSelector("li.depth-2 > article .comment-reply-link"));
    String parent = reply.getAttribute("data-commentid");
    reply.click();

    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comment-" + parent + " #respond")));
    assertThat(byId("reply-title").getText()).startsWith("Leave a Reply to");
    String id = post("Ravi Reply", "ravi@example.com", "A reply to a reply.");

    WebElement comment = byId("comment-" + id);
    assertThat(comment.getAttribute("class")).contains("depth-3");
    assertThat(browser.findElements(By.cssSelector("#comment-" + parent + " > ol.children > #comment-" + id)))
        .hasSize(1);
  }

  @Test
  void anEmptyName_showsTheFieldError_andKeepsTheTypedText_andPassesAxe() {
    openPost();
    fill("comment", "Words I do not want to lose.");
    fill("email", "nameless@example.com");
    send(byId("submit"));

    assertThat(byId("author").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(byId("author-error").getText()).isEqualTo("Please enter your name.");
    assertThat(byId("comment").getAttribute("value")).isEqualTo("Words I do not want to lose.");
    assertThat(byId("email").getAttribute("value")).isEqualTo("nameless@example.com");
    assertThat(Chromium.seriousViolations(browser)).isEmpty();
  }

  @Test
  void postingTwiceFast_showsTheFloodMessage() {
    openPost();
    post("Fran Fast", "fran@example.com", "First thought.");
    fill("comment", "Second thought, right away.");
    fill("author", "Fran Fast");
    fill("email", "fran@example.com");
    send(byId("submit"));

    assertThat(byId("comment-form-notice").getText()).contains("too quickly");
    assertThat(byId("comment").getAttribute("value")).isEqualTo("Second thought, right away.");
  }

  @Test
  void scriptsInACommentANameOrAWebsite_neverRun() {
    openPost();
    fill("url", "https://example.com/?q=%22%3E%3Cscript%3Ealert(3)%3C/script%3E");
    String id = post("<script>confirm(1)</script><img src=x onerror=confirm(2)>", "xss@example.com",
        "<script>alert(1)</script><img src=x onerror=alert(2)> [link](javascript:prompt(1)) "
            + "<a href=\"javascript:alert(4)\" onclick=\"alert(5)\">x</a>");
    openPost();
    WebElement comment = byId("comment-" + id);
    for (WebElement link : comment.findElements(By.tagName("a"))) {
      assertThat(link.getAttribute("href")).doesNotStartWith("javascript:");
    }
    comment.findElements(By.tagName("a")).stream()
        .filter(a -> a.getAttribute("href") == null || !a.getAttribute("href").startsWith("http"))
        .forEach(WebElement::click);
    assertThat(Chromium.trapped(browser)).isEmpty();

    fill("url", "javascript:prompt(6)");
    fill("comment", "<svg onload=alert(7)>");
    fill("author", "\"><script>alert(8)</script>");
    fill("email", "xss2@example.com");
    send(byId("submit"));
    assertThat(byId("url-error").getText()).contains("http");
    assertThat(Chromium.trapped(browser)).isEmpty();
  }

  @Test
  void theForm_canBeFilledAndSent_withTheKeyboardAlone() {
    openPost();
    Actions keys = new Actions(browser);
    for (int i = 0; i < 600 && !"comment".equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("comment");
    keys.sendKeys("Typed without a mouse.").sendKeys(Keys.TAB)
        .sendKeys("Kim Keys").sendKeys(Keys.TAB)
        .sendKeys("kim@example.com").sendKeys(Keys.TAB)
        .sendKeys(Keys.TAB)
        .sendKeys(Keys.TAB).perform();
    WebElement submit = browser.switchTo().activeElement();
    assertThat(submit.getAttribute("id")).isEqualTo("submit");
    Chromium.awaitNextPage(browser, () -> keys.sendKeys(Keys.ENTER).perform());

    assertThat(browser.getCurrentUrl()).contains("#comment-");
    String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("#comment-") + 9);
    assertThat(byId("comment-" + id).getText()).contains("Typed without a mouse.");
  }

  @Test
  void theAdministrator_holdsANewWord_andBansAnAddress_onTheListsPage_andBothApplyToTheNextComments() {
    signInAsModerator();
    send(browser.findElement(By.linkText("Bans and keywords")));
    fill("keywords-moderation", "lottery");
    send(browser.findElement(By.cssSelector("form[action$='/moderation/keywords/moderation'] button")));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Done: saved.");
    fill("ban-value", "mallory@example.com");
    new Select(byId("ban-decision")).selectByValue("reject");
    send(browser.findElement(By.cssSelector("button.moderation-ban")));
    assertThat(browser.findElement(By.cssSelector("table.moderation-bans")).getText())
        .contains("mallory@example.com", "refused");
    assertThat(Chromium.seriousViolations(browser)).as("bans and keywords page").isEmpty();

    browser.manage().deleteAllCookies();
    openPost();
    String held = post("Lucky Lu", "lu@example.com", "I won the lottery today.");
    assertThat(byId("comment-" + held).findElement(By.className("comment-awaiting-moderation")).getText())
        .isEqualTo("Your comment is awaiting moderation.");

    browser.manage().deleteAllCookies();
    openPost();
    fill("comment", "Let me in.");
    fill("author", "Mallory");
    fill("email", "mallory@example.com");
    send(byId("submit"));
    assertThat(byId("comment-form-notice").getText()).isEqualTo("You are not allowed to comment here.");
    assertThat(browser.getPageSource()).doesNotContain("<p>Let me in.</p>");

    signInAsModerator();
    send(browser.findElement(By.linkText("Bans and keywords")));
    send(browser.findElement(By.cssSelector("button.moderation-lift")));
    assertThat(browser.findElements(By.cssSelector("table.moderation-bans"))).isEmpty();
  }

  @Test
  void thePostPage_andTheModerationPage_passAxe() {
    openPost();
    assertThat(Chromium.seriousViolations(browser)).as("post page").isEmpty();
    signInAsModerator();
    assertThat(Chromium.seriousViolations(browser)).as("moderation page").isEmpty();
  }

  @Test
  void aGuestVotesUp_seesTheirVotePressed_thenSortsByBest_andThePinnedThreadLeadsTheRestByWilsonScore() {
    openPost();
    List<WebElement> threads = browser.findElements(By.cssSelector("li.depth-1"));
    String id = threads.get(threads.size() - 1).getAttribute("id").substring("comment-".length());
    WebElement score = byId("comment-" + id).findElement(By.cssSelector(":scope > article .comment-score"));
    int ups = Integer.parseInt(score.getAttribute("data-ups"));

    send(byId("comment-" + id).findElement(By.cssSelector(":scope > article form.vote-up button")));

    assertThat(browser.getCurrentUrl()).endsWith("#comment-" + id);
    WebElement voted = byId("comment-" + id);
    assertThat(voted.findElement(By.cssSelector(":scope > article form.vote-up button")).getAttribute("aria-pressed"))
        .isEqualTo("true");
    assertThat(voted.findElement(By.cssSelector(":scope > article .comment-score")).getAttribute("data-ups"))
        .isEqualTo(Integer.toString(ups + 1));

    send(browser.findElement(By.cssSelector("nav.comment-sorts a[href*='sort=best']")));

    assertThat(browser.getCurrentUrl()).contains("sort=best");
    assertThat(browser.findElement(By.cssSelector("nav.comment-sorts [aria-current=true]")).getText()).isEqualTo("Best");
    List<WebElement> best = browser.findElements(By.cssSelector("li.depth-1"));
    assertThat(best.get(0).findElement(By.cssSelector(":scope > article .comment-pinned")).getText()).isEqualTo("Pinned");
    double previous = Double.MAX_VALUE;
    for (WebElement thread : best.subList(1, best.size())) {
      WebElement counts = thread.findElement(By.cssSelector(":scope > article .comment-score"));
      double wilson = wilson(Integer.parseInt(counts.getAttribute("data-ups")),
          Integer.parseInt(counts.getAttribute("data-downs")));
      assertThat(wilson).as(thread.getAttribute("id")).isLessThanOrEqualTo(previous);
      previous = wilson;
    }
    assertThat(byId("comment-" + id).findElement(By.cssSelector(":scope > article form.vote-up button"))
        .getAttribute("aria-pressed")).as("the vote stays pressed in every order").isEqualTo("true");
    assertThat(Chromium.seriousViolations(browser)).as("post page sorted by best").isEmpty();
  }

  /** The lower bound of the Wilson score interval at 80 % confidence, as the best sort ranks. */
  private static double wilson(int ups, int downs) {
    int n = ups + downs;
    if (n == 0) {
      return 0;
    }
    double z = 1.281551565545;
    double p = (double) ups / n;
    return (p + z * z / (2 * n) - z * Math.sqrt((p * (1 - p) + z * z / (4 * n)) / n)) / (1 + z * z / n);
  }
}
