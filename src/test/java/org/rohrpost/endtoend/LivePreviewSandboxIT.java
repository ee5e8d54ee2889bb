package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The wizard's live preview renders with the same sandbox as the API (ADR 22) and reads its body by
 * the same strict rules.
 */
class LivePreviewSandboxIT extends PageTest {

  @Test
  void aTemplateThatReachesForAFileIsRefusedNamingNoFile() {
    signIn();

    RohrpostApi.Answer answer =
        preview(
            "{\"subject\": \"Hi\", \"text\": \"A{{>pom.xml}}B\","
                + " \"recipient\": {\"email\": \"a@example.org\"}}");

    TemplateSandboxIT.assertRefusedAt(answer, "text");
    assertThat(answer.body()).contains("partials");
  }

  @Test
  void aBodyNestedTooDeeplyIsABadRequestNotAFailure() {
    signIn();

    RohrpostApi.Answer answer =
        preview("{\"subject\": " + "[".repeat(5000) + "]".repeat(5000) + "}");

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  /** What the live preview answers the signed-in browser for {@code body}. */
  private RohrpostApi.Answer preview(String body) {
    @SuppressWarnings("unchecked")
    Map<String, Object> answer =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    """
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], {
                      method: 'POST',
                      headers: {'Content-Type': 'application/json'},
                      body: arguments[1]
                    }).then(r => r.text().then(text => done({status: r.status,
                        type: r.headers.get('Content-Type'), body: text})));
                    """,
                    server + "schedule/live-preview",
                    body);
    return new RohrpostApi.Answer(
        ((Number) answer.get("status")).intValue(),
        (String) answer.get("type"),
        (String) answer.get("body"));
  }
}
