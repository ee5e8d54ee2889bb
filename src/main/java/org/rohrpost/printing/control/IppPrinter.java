package org.rohrpost.printing.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A printer reached over IPP (RFC 8010, 8011): each PDF is one Print-Job request, an HTTP POST of
 * the binary IPP encoding followed by the document. {@code ipp://} goes over HTTP, {@code ipps://}
 * over HTTPS (port 631 unless the URI names one). Only Print-Job is spoken: what a bulk print
 * service needs, small enough to read whole (ADR 17).
 */
public final class IppPrinter implements PrintDestination {
  private static final int PRINT_JOB = 0x0002;
  private static final byte OPERATION_ATTRIBUTES = 0x01;
  private static final byte END_OF_ATTRIBUTES = 0x03;
  private static final byte INTEGER = 0x21;
  private static final byte TEXT = 0x41;
  private static final byte NAME = 0x42;
  private static final byte URI_TAG = 0x45;
  private static final byte CHARSET = 0x47;
  private static final byte LANGUAGE = 0x48;
  private static final byte MIME_TYPE = 0x49;
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  private final URI printer;
  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;

  public IppPrinter(URI printer, Duration timeout) {
    this.printer = printer;
    this.endpoint = endpointOf(printer);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The HTTP address of an {@code ipp://} or {@code ipps://} printer URI. */
  static URI endpointOf(URI printer) {
    String scheme = printer.getScheme().toLowerCase(java.util.Locale.ROOT);
    boolean secure = scheme.equals("ipps") || scheme.equals("https");
    int port = printer.getPort() > 0 ? printer.getPort() : (scheme.startsWith("http") ? -1 : 631);
    return URI.create(
        (secure ? "https" : "http")
            + "://"
            + printer.getHost()
            + (port > 0 ? ":" + port : "")
            + (printer.getRawPath() == null || printer.getRawPath().isEmpty()
                ? "/"
                : printer.getRawPath()));
  }

  @Override
  public Printed print(String jobName, byte[] pdf) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/ipp")
            .POST(HttpRequest.BodyPublishers.ofByteArray(printJob(jobName, pdf)))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while printing", e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("The printer answered HTTP " + response.statusCode());
    }
    return answer(response.body());
  }

  /** The Print-Job request: operation attributes, then the document. */
  byte[] printJob(String jobName, byte[] pdf) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(pdf.length + 512);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(0x0101); // IPP/1.1, which every IPP printer speaks
    out.writeShort(PRINT_JOB);
    out.writeInt(REQUESTS.incrementAndGet());
    out.writeByte(OPERATION_ATTRIBUTES);
    attribute(out, CHARSET, "attributes-charset", "utf-8");
    attribute(out, LANGUAGE, "attributes-natural-language", "en");
    attribute(out, URI_TAG, "printer-uri", printer.toString());
    attribute(out, NAME, "requesting-user-name", "rohrpost");
    attribute(out, NAME, "job-name", jobName);
    attribute(out, MIME_TYPE, "document-format", "application/pdf");
    out.writeByte(END_OF_ATTRIBUTES);
    out.write(pdf);
    return bytes.toByteArray();
  }

  private static void attribute(DataOutputStream out, byte tag, String name, String value)
      throws IOException {
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    out.writeByte(tag);
    out.writeShort(n.length);
    out.write(n);
    out.writeShort(Math.min(v.length, 1023));
    out.write(v, 0, Math.min(v.length, 1023));
  }

  /** The status of an answer, with its status-message and the job's id when it has them. */
  static Printed answer(byte[] body) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
    in.readShort(); // version
    int status = in.readUnsignedShort();
    in.readInt(); // request id
    String message = null;
    Integer jobId = null;
    while (in.available() > 0) {
      int tag = in.readUnsignedByte();
      if (tag == END_OF_ATTRIBUTES) {
        break;
      }
      if (tag < 0x10) {
        continue; // the start of another group
      }
      String name = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.US_ASCII);
      byte[] value = in.readNBytes(in.readUnsignedShort());
      if (tag == TEXT && name.equals("status-message")) {
        message = new String(value, StandardCharsets.UTF_8);
      } else if (tag == INTEGER && name.equals("job-id") && value.length == 4) {
        jobId = new DataInputStream(new ByteArrayInputStream(value)).readInt();
      }
    }
    String detail =
        String.format("IPP status 0x%04x", status)
            + (message == null ? "" : " " + message)
            + (jobId == null ? "" : ", job " + jobId);
    return new Printed(status, detail);
  }
}
