package org.fundtrack.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay in front of the test database: stopping it makes the database unreachable
 * for whoever connects through it (open connections are cut), starting it again on the same port
 * brings the database back. Used to drive fault scenarios without touching the shared server.
 */
public final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;

  public TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      this.port = probe.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  public synchronized void start() throws IOException {
    ServerSocket listening = new ServerSocket();
    listening.setReuseAddress(true);
    listening.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = listening;
    Thread acceptor = new Thread(() -> acceptLoop(listening), "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Stops listening and cuts every relayed connection. */
  public synchronized void stop() {
    ServerSocket listening = server;
    server = null;
    closeQuietly(listening);
    sockets.forEach(TcpProxy::closeQuietly);
    sockets.clear();
  }

  @Override
  public void close() {
    stop();
  }

  private void acceptLoop(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException closedOrRefused) {
        // stop() closed the listener, or the target refused: the client sees a dropped connection.
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException cut) {
                // one side went away
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception ignored) {
      // already closed
    }
  }
}
