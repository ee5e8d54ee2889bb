package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** The wizard's live preview renders with the same sandbox as the API (ADR 22). */
class LivePreviewSandboxIT extends PageTest {

  @Test
  void aTemplateThatReachesForAFileIsRefusedNamingNoFile() {
    signIn();
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
                      body: JSON.stringify({subject: 'Hi', text: 'A{{>pom.xml}}B',
                                            recipient: {email: 'a@example.org'}})
                    }).then(r => r.text().then(body => done({status: r.status,
                        type: r.headers.get('Content-Type'), body: body})));
                    """,
                    server + "schedule/live-preview");

    TemplateSandboxIT.assertRefusedAt(
        new RohrpostApi.Answer(
            ((Number) answer.get("status")).intValue(),
            (String) answer.get("type"),
            (String) answer.get("body")),
        "text");
    assertThat((String) answer.get("body")).contains("partials");
  }
}
