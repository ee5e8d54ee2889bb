package org.rohrpost.problem.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitedBodyTest {
  @Test
  void aBodyOfExactlyTheLimitIsReadWhole() throws Exception {
    LimitedBody body = new LimitedBody(new ByteArrayInputStream(new byte[1000]), 1000);

    assertThat(body.readAllBytes()).hasSize(1000);
    assertThat(body.exceeded()).isFalse();
  }

  @Test
  void readingPastTheLimitStopsThere() {
    LimitedBody body = new LimitedBody(endless(), 1000);

    assertThatThrownBy(body::readAllBytes)
        .isInstanceOf(BodyTooLargeException.class)
        .hasMessage("The body is larger than 1000 bytes.");
    assertThat(body.exceeded()).isTrue();
  }

  @Test
  void theRefusalIsFoundWhereAParserWrappedIt() {
    InputStream json =
        new LimitedBody(
            new ByteArrayInputStream(
                ("[\"" + "x".repeat(4096) + "\"]").getBytes(StandardCharsets.UTF_8)),
            1024);

    assertThatThrownBy(() -> JsonbBuilder.create().fromJson(json, List.class))
        .isInstanceOf(JsonbException.class)
        .satisfies(e -> assertThat(BodyTooLargeException.in(e)).isPresent());
    assertThat(BodyTooLargeException.in(new JsonbException("not JSON"))).isEmpty();
  }

  @Test
  void limitsReadAsAPersonReadsThem() {
    assertThat(new BodyTooLargeException(16L * 1024 * 1024)).hasMessageContaining("16 MiB");
  }

  private static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
  }
}
