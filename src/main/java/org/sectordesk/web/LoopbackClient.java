package org.sectordesk.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The load generator's client for {@code bench web}: one kept-alive HTTP/1.1 connection that sends a GET and reads
 * the whole response (Content-Length or chunked). Much lighter than {@link java.net.http.HttpClient}, which shares
 * the bench's two cores with the desk it measures; so the figures are the desk's, not the client's.
 */
final class LoopbackClient implements AutoCloseable {
  private final int port;
  private final byte[] request;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackClient(int port, String pathAndQuery) {
    this.port = port;
    this.request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends the request and reads the response; returns the body's length, or -status for a status other than 200. */
  int get() throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
    try {
      out.write(request);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.split(" ")[1]);
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(h.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      long body = 0;
      if (chunked) {
        for (long n = Long.parseLong(line().split(";")[0].trim(), 16); n > 0; n = Long.parseLong(line().split(";")[0].trim(), 16)) {
          skip(n);
          body += n;
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length >= 0) {
        skip(length);
        body = length;
      } else {
        throw new IOException("response without a length");
      }
      if (close) {
        close();
      }
      return code == 200 ? (int) body : -code;
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private String line() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed mid-response");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private void skip(long n) throws IOException {
    while (n > 0) {
      long k = in.skip(n);
      if (k <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed mid-body");
        }
        k = 1;
      }
      n -= k;
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a loopback socket
      }
      socket = null;
    }
  }
}
