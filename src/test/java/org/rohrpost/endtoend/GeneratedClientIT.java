package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rohrpost.generated.ApiClient;
import org.rohrpost.generated.ApiException;
import org.rohrpost.generated.api.AdHocSendsApi;
import org.rohrpost.generated.api.BatchesApi;
import org.rohrpost.generated.api.ClientsApi;
import org.rohrpost.generated.api.UsersApi;
import org.rohrpost.generated.model.Accepted;
import org.rohrpost.generated.model.AdhocRequest;
import org.rohrpost.generated.model.BatchStatus;
import org.rohrpost.generated.model.BatchView;
import org.rohrpost.generated.model.NewApiKey;
import org.rohrpost.generated.model.Problem;
import org.rohrpost.generated.model.RecipientInput;
import org.rohrpost.generated.model.Role;

/**
 * The Java client that openapi-generator makes of the served document (the build generates it from
 * the same file, see pom.xml), used as an application would use it: an administrator issues the
 * application a key (Basic), the application sends an ad-hoc request with it (Bearer), follows its
 * batch and gets its refusals as the document's problem bodies.
 */
class GeneratedClientIT extends EndToEndTest {

  @Test
  void anAdhocRequestSentByTheGeneratedClientIsAcceptedAndArrives() throws Exception {
    ApiClient application = signedIn("Bearer " + apiKey());

    Accepted accepted =
        new AdHocSendsApi(application)
            .sendAdhoc(
                client,
                new AdhocRequest()
                    .messageSystem("smtp")
                    .subject("Hello {{name}}")
                    .text("Hi {{name}}, from a generated client.")
                    .recipients(
                        List.of(new RecipientInput().email("ada@example.org").name("Ada"))));

    assertThat(accepted.getBatch()).isPositive();
    BatchView done = awaitCompleted(new BatchesApi(application), accepted.getBatch());
    assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(done.getCounts().getSent()).isEqualTo(1);
    List<MimeMessage> received = receivedFor(accepted.getBatch());
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject()).isEqualTo("Hello Ada");
    assertThat((String) received.get(0).getContent()).contains("Hi Ada, from a generated client.");
  }

  @Test
  void aRefusalComesAsTheDocumentedProblem() throws Exception {
    ApiClient application = signedIn("Bearer " + apiKey());

    ApiException refused =
        catchThrowableOfType(
            ApiException.class, () -> new ClientsApi(application).getClient("no-such-client"));

    assertThat(refused.getCode()).isEqualTo(404);
    assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Problem problem =
        application.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(404);
    assertThat(problem.getDetail()).contains("no-such-client");
  }

  /** A key of the test's client for an application with the ADMIN role, issued over Basic. */
  private String apiKey() throws ApiException {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                ("admin:" + RohrpostApi.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return new UsersApi(signedIn("Basic " + basic))
        .issueApiKey(client, new NewApiKey().name("app-" + client).roles(List.of(Role.ADMIN)))
        .getKey();
  }

  /**
   * A client of the test's server (the WAR's root, where the document's relative server URL points)
   * that sends this Authorization header with every request.
   */
  private ApiClient signedIn(String authorization) {
    ApiClient api = new ApiClient();
    api.updateBaseUri(server.toString().replaceFirst("/$", ""));
    api.setRequestInterceptor(request -> request.header("Authorization", authorization));
    return api;
  }

  private static BatchView awaitCompleted(BatchesApi batches, long id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    BatchView batch = batches.getBatch(Long.toString(id));
    while (batch.getStatus() != BatchStatus.COMPLETED && System.nanoTime() < deadline) {
      Thread.sleep(200);
      batch = batches.getBatch(Long.toString(id));
    }
    return batch;
  }
}
