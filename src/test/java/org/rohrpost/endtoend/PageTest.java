package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * An end-to-end test of the pages, and signing in: one browser for the test class (starting one for
 * each test cost a second each), which forgets everything (cookies, windows) before each test.
 */
abstract class PageTest extends EndToEndTest {
  private static Browser shared;
  Browser browser;

  @BeforeAll
  static void openBrowser() throws Exception {
    shared = new Browser();
  }

  @BeforeEach
  void forgetThePreviousTest() {
    shared.forgetEverything();
    browser = shared;
  }

  @AfterAll
  static void closeBrowser() {
    shared.close();
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
