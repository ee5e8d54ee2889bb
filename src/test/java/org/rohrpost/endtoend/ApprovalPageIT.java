package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The approval page in a real browser: reached from the approver's notice, the first 100 rendered
 * messages, Approve &amp; Send behind a confirmation; a viewer looks but cannot approve.
 */
class ApprovalPageIT extends PageTest {
  @Test
  void theApproverFollowsTheNoticeReviewsTheMessagesAndApprovesAfterConfirming() throws Exception {
    long batch = pendingBatch("reviewed", 120);
    String link = "/admin/approval.xhtml?id=" + batch;
    assertThat((String) awaitNotice(batch).getContent()).contains(link);

    browser.open(server + link.substring(1));
    assertThat(browser.url()).as("asked to sign in first").contains("/login.xhtml");
    browser.fillInLogin("admin", RohrpostApi.ADMIN_PASSWORD);
    assertThat(browser.url()).as("and then taken on").endsWith(link);

    assertThat(browser.text("#status")).isEqualTo("PENDING_APPROVAL");
    assertThat(browser.text("#open")).isEqualTo("119");
    assertThat(browser.text("#skipped")).as("member100's address is invalid").isEqualTo("1");
    List<WebElement> previews = browser.driver().findElements(By.cssSelector("article.preview"));
    assertThat(previews).hasSize(100);
    assertThat(previews.get(0).findElement(By.cssSelector(".recipient")).getText())
        .isEqualTo(email(1));
    assertThat(previews.get(0).findElement(By.cssSelector(".subject")).getText())
        .isEqualTo("News for Member <1>");
    assertThat(previews.get(0).findElement(By.cssSelector("pre.text")).getText())
        .isEqualTo("Dear Member <1>, code <b>1</b>");
    WebElement html = previews.get(0).findElement(By.cssSelector("iframe.html"));
    assertThat(html.getDomAttribute("sandbox")).as("no scripts, forms or origin").isEmpty();
    browser.driver().switchTo().frame(html);
    assertThat(browser.text("p")).isEqualTo("Dear Member <1>, code <b>1</b>");
    browser.driver().switchTo().defaultContent();
    browser.screenshot("approval");

    browser.click("#decide\\:approve");
    assertThat(browser.text("#question")).contains("Send 119 messages of batch " + batch);
    assertThat(api.get("batches/" + batch).json().getString("status"))
        .as("nothing approved before the confirmation")
        .isEqualTo("PENDING_APPROVAL");
    browser.screenshot("approval-confirm");
    browser.click("#confirm\\:back");
    assertThat(browser.driver().findElements(By.id("question"))).isEmpty();

    browser.click("#decide\\:approve");
    browser.click("#confirm\\:yes");
    assertThat(browser.url()).contains("/admin/batch.xhtml?id=" + batch);
    assertThat(browser.text("#done")).isEqualTo("Approved: the batch is sending.");
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));
    assertThat(receivedFor(batch)).hasSize(119);
    browser.open(server + link.substring(1));
    assertThat(browser.text("#messages")).contains("it waits for no approval");
    assertThat(browser.driver().findElements(By.cssSelector("#decide input[type=submit]")))
        .isEmpty();
  }

  @Test
  void aSignedInApproverFollowingTheNoticeFromAMailReaderGoesStraightToTheBatch() throws Exception {
    long batch = pendingBatch("linked", 2);
    signIn();
    String link = server + "admin/approval.xhtml?id=" + batch;

    browser.open("data:text/html,<a id=notice href='" + link + "'>Review the batch</a>");
    browser.click("#notice");
    assertThat(browser.url())
        .as("the session cookie goes along on a link from another site (SameSite=Lax)")
        .isEqualTo(link);
    assertThat(browser.text("h1")).isEqualTo("Approve batch " + batch);
  }

  @Test
  void aViewerSeesTheMessagesButCannotApproveOrCancel() throws Exception {
    long batch = pendingBatch("viewed", 3);
    String viewer = user("viewer", "VIEWER");

    signIn(viewer, USER_PASSWORD);
    browser.open(server + "admin/approval.xhtml?id=" + batch);
    assertThat(browser.driver().findElements(By.cssSelector("article.preview"))).hasSize(3);
    assertThat(browser.driver().findElements(By.cssSelector("#decide input[type=submit]")))
        .as("no Approve, no Cancel")
        .isEmpty();
    browser.screenshot("approval-viewer");

    RohrpostApi asViewer = as(viewer);
    assertThat(asViewer.post("batches/" + batch + "/approve").status()).isEqualTo(403);
    assertThat(asViewer.post("batches/" + batch + "/cancel").status()).isEqualTo(403);
    assertThat(asViewer.get("batches/" + batch).json().getString("status"))
        .isEqualTo("PENDING_APPROVAL");
  }

  /** A batch of a communication to {@code size} members, generated and waiting for approval. */
  private long pendingBatch(String key, int size) throws InterruptedException {
    population(key, size);
    communication(key, key, false);
    long batch = newBatch(key, null);
    api.awaitBatch(batch, "PENDING_APPROVAL", Duration.ofSeconds(60));
    return batch;
  }
}
