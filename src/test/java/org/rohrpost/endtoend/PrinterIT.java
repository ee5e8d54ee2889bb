package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.printing.control.TestPrinter;

/**
 * Printer message systems end to end: letters rendered to PDF go into the server's spool directory,
 * or to an IPP printer (a real one, {@link TestPrinter}); on the PRINTER class, and only by the
 * server tied to the printer.
 */
@OnEveryDatabase
class PrinterIT extends EndToEndTest {
  private static final Path SPOOL = Path.of("target", "it-data", "print-spool");
  private static final String THIS_SERVER = "it-server";

  @TempDir Path printerSpool;

  @Test
  void lettersOfAPrinterWithoutAnIppAddressAreSpooledAsPdfFiles() throws Exception {
    printer("letters", Json.createObjectBuilder().add("server", THIS_SERVER));

    long batch = adhoc("letters", "ada@example.org", "bob@example.org", "cy@example.org");
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30));

    assertThat(done.getString("queueClass")).isEqualTo("PRINTER");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(3);
    List<Path> spooled = pdfs(SPOOL.resolve(client).resolve("letters"));
    assertThat(spooled).hasSize(3);
    assertThat(text(spooled.get(0))).contains("Statement for", "@example.org");
  }

  @Test
  void lettersGoToAnIppPrinter() throws Exception {
    try (TestPrinter ipp = new TestPrinter(printerSpool)) {
      printer("hall", Json.createObjectBuilder().add("printer", ipp.uri().toString()));

      long batch = adhoc("hall", "ada@example.org", "bob@example.org");
      api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30));

      List<Path> jobs = ipp.awaitJobs(2);
      assertThat(jobs).hasSize(2);
      assertThat(text(jobs.get(0)) + text(jobs.get(1)))
          .contains("ada@example.org", "bob@example.org");
      JsonObject sent =
          api.get("batches/" + batch + "/messages").structure().asJsonArray().getJsonObject(0);
      JsonObject history = api.get("messages/" + sent.getJsonNumber("id")).json();
      assertThat(history.getJsonArray("history").getJsonObject(0).getString("reply"))
          .contains("IPP status 0x0000", "job");
    }
  }

  @Test
  void aPrinterTiedToAnotherServerPrintsNothingHere() throws Exception {
    printer("elsewhere", Json.createObjectBuilder().add("server", "another-server"));

    long batch = adhoc("elsewhere", "ada@example.org");
    Thread.sleep(3_000);

    JsonObject waiting = api.get("batches/" + batch).json();
    assertThat(waiting.getString("status")).isEqualTo("WAITING");
    assertThat(waiting.getJsonObject("counts").getInt("sent")).isZero();
    assertThat(SPOOL.resolve(client).resolve("elsewhere")).doesNotExist();
  }

  @Test
  void printersAndTheirClassAreCheckedAndNothingIsMadeOfABadOne() {
    String systems = "clients/" + client + "/message-systems";
    List<JsonObjectBuilder> bad =
        List.of(
            printerBody("p1").add("host", "smtp.example.org"),
            printerBody("p2").add("from", "x@example.org"),
            printerBody("p3").add("printer", "http://printer.example.org/"),
            printerBody("p4").add("printer", "ipp://"),
            printerBody("p5").add("server", " "),
            Json.createObjectBuilder()
                .add("key", "p6")
                .add("type", "SMTP")
                .add("host", "127.0.0.1")
                .add("port", 25)
                .add("from", "x@example.org")
                .add("printer", "ipp://printer.example.org/ipp/print"));
    for (JsonObjectBuilder body : bad) {
      RohrpostApi.Answer answer = api.post(systems, body.build());
      assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    }
    assertThat(api.get(systems).structure().asJsonArray()).hasSize(1);

    printer("paper", Json.createObjectBuilder());
    RohrpostApi.Answer mailOnAPrinter =
        api.post(
            "clients/" + client + "/adhoc", request("paper").add("queueClass", "BULK").build());
    RohrpostApi.Answer printOverSmtp =
        api.post(
            "clients/" + client + "/adhoc", request("smtp").add("queueClass", "PRINTER").build());
    assertThat(mailOnAPrinter.status()).isEqualTo(422);
    assertThat(mailOnAPrinter.body()).contains("PRINTER class");
    assertThat(printOverSmtp.status()).isEqualTo(422);
  }

  private void printer(String key, JsonObjectBuilder fields) {
    JsonObjectBuilder body = fields.add("key", key).add("type", "PRINTER");
    RohrpostApi.Answer created = api.post("clients/" + client + "/message-systems", body.build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  private static JsonObjectBuilder printerBody(String key) {
    return Json.createObjectBuilder().add("key", key).add("type", "PRINTER");
  }

  private long adhoc(String system, String... recipients) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String r : recipients) {
      list.add(Json.createObjectBuilder().add("email", r));
    }
    RohrpostApi.Answer answer =
        api.post("clients/" + client + "/adhoc", request(system).add("recipients", list).build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }

  private static JsonObjectBuilder request(String system) {
    return Json.createObjectBuilder()
        .add("messageSystem", system)
        .add("subject", "Statement for {{email}}")
        .add("html", "<h1>Statement</h1><p>Dear customer, your balance is 42.</p>")
        .add(
            "recipients",
            Json.createArrayBuilder().add(Json.createObjectBuilder().add("email", "a@b.org")));
  }

  private static List<Path> pdfs(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return new PDFTextStripper().getText(document);
    }
  }
}
