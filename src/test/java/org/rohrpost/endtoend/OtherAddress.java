package org.rohrpost.endtoend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A caller on another address of this machine (127.0.0.2: every 127.x address is the loopback
 * interface), for what the server tells apart by the caller's address. Reads the status line and
 * the headers of the answer.
 */
final class OtherAddress {
  static final String ADDRESS = "127.0.0.2";

  /** The status and the headers (names in lower case) of an answer. */
  record Reply(int status, Map<String, String> headers) {}

  private OtherAddress() {}

  /** A GET of the URL from {@link #ADDRESS} with this {@code Authorization} header. */
  static Reply get(URI url, String authorization) throws IOException {
    try (Socket socket =
        new Socket(
            InetAddress.getByName("127.0.0.1"), url.getPort(), InetAddress.getByName(ADDRESS), 0)) {
      socket.setSoTimeout(30_000);
      String request =
          "GET "
              + url.getRawPath()
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + url.getPort()
              + "\r\nAuthorization: "
              + authorization
              + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      int status = Integer.parseInt(in.readLine().split(" ")[1]);
      Map<String, String> headers = new TreeMap<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
      return new Reply(status, headers);
    }
  }
}
