package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages that take a number or a key from their address (view parameters) answer a bad one with
 * their own page and a message, never an error page.
 */
class ViewParametersIT extends PageTest {
  private static final List<String> BAD_NUMBERS =
      List.of("abc", "-1", "1.5", "2147483648", "99999999999999999999", "1e308", "%00");

  @Test
  void badNumbersAndKeysInTheAddressAreSaidOnThePage() {
    long batch = api.adhoc(client, "view", 1, "example.org", "Hello");
    List<String> addresses = new ArrayList<>();
    for (String bad : BAD_NUMBERS) {
      addresses.add("admin/batch.xhtml?id=" + bad);
      addresses.add("admin/approval.xhtml?id=" + bad);
      addresses.add("admin/message.xhtml?id=" + bad);
      if (!bad.equals("%00")) { // a page number of nothing but a control character is none
        addresses.add("admin/batch.xhtml?id=" + batch + "&page=" + bad);
        addresses.add("admin/history.xhtml?page=" + bad);
      }
    }
    addresses.add("admin/batch.xhtml?id=" + batch + "&page=2147483647");
    addresses.add("admin/batch.xhtml?id=" + batch + "&status=NO_SUCH_STATUS");
    addresses.add("admin/history.xhtml?page=2147483647");
    addresses.add("admin/history.xhtml?status=NO_SUCH_STATUS");
    addresses.add("admin/history.xhtml?from=%2B99999-01-01T00:00:00Z");
    addresses.add("admin/history.xhtml?client=" + "x".repeat(300));
    addresses.add("admin/client.xhtml?key=" + "x".repeat(300));
    addresses.add("admin/client.xhtml?key=" + client + "&change=" + "x".repeat(300));
    signIn();

    List<String> failures = new ArrayList<>();
    for (String address : addresses) {
      browser.open(server + address);
      String source = browser.driver().getPageSource();
      boolean ownPage =
          !browser.driver().findElements(org.openqa.selenium.By.cssSelector("nav")).isEmpty();
      boolean said =
          !browser
              .driver()
              .findElements(org.openqa.selenium.By.cssSelector("#messages li"))
              .isEmpty();
      if (!ownPage || !said || source.contains("Exception")) {
        failures.add(address + " -> " + browser.driver().getTitle());
      }
    }
    assertThat(failures).isEmpty();
  }
}
