package org.rohrpost.unsubscribe.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsubscribePageTest {

  @Test
  void asksWithAButtonThatPostsTheOneClickBody() {
    String page = UnsubscribePage.confirm("ada@example.org");
    assertThat(page)
        .contains("<strong>ada@example.org</strong>")
        .contains("<form method=\"post\">")
        .contains("name=\"List-Unsubscribe\" value=\"One-Click\"")
        .contains("<meta name=\"referrer\" content=\"no-referrer\">");
  }

  @Test
  void escapesTheAddress() {
    String page = UnsubscribePage.confirm("\"<script>alert('x')</script>&\"@example.org");
    assertThat(page)
        .doesNotContain("<script>")
        .contains("&quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;@example.org");
  }

  @Test
  void aRefusalHasNoForm() {
    String page = UnsubscribePage.refused(UnsubscribeResource.EXPIRED);
    assertThat(page).contains("has expired").doesNotContain("<form");
  }
}
