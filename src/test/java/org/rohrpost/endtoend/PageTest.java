package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An end-to-end test of the pages: a browser of its own for each test, and signing in. */
abstract class PageTest extends EndToEndTest {
  Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /** Signs in as the administrator; the browser shows the batches page. */
  void signIn() {
    signIn("admin", RohrpostApi.ADMIN_PASSWORD);
  }

  /** Signs in as {@code user}; the browser shows the batches page. */
  void signIn(String user, String password) {
    browser.signIn(server.toString(), user, password);
    assertThat(browser.text("h1")).isEqualTo("Batches");
  }
}
