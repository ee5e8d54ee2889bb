package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /openapi} (below the WAR's context root) serves the very document the build made (the
 * one .ci/run lints and the test client is generated from), in YAML unless JSON is asked for;
 * without signing in.
 */
class OpenApiDocumentIT extends EndToEndTest {

  @Test
  void theServedDocumentIsTheBuiltOneInYaml() throws Exception {
    HttpResponse<byte[]> served = get("openapi", "*/*");

    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
    assertThat(served.body()).isEqualTo(built("yaml"));
  }

  @Test
  void jsonIsServedWhenAskedForByHeaderOrParameter() throws Exception {
    HttpResponse<byte[]> byHeader = get("openapi", "application/json");
    HttpResponse<byte[]> byParameter = get("openapi?format=JSON", "*/*");

    assertThat(byHeader.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(byHeader.body()).isEqualTo(built("json"));
    assertThat(byParameter.body()).isEqualTo(built("json"));
  }

  /** What the build wrote (target/classes/openapi/), which the WAR holds too. */
  static byte[] built(String extension) throws IOException {
    try (InputStream file =
        OpenApiDocumentIT.class.getResourceAsStream("/openapi/openapi." + extension)) {
      assertThat(file).as("the build's openapi." + extension).isNotNull();
      return file.readAllBytes();
    }
  }

  private HttpResponse<byte[]> get(String path, String accept) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.toString()).resolve(path))
                .header("Accept", accept)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
