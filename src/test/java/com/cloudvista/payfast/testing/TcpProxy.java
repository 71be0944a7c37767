package com.cloudvista.payfast.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP forwarder between the server under test and a real backing service (PostgreSQL, Redis), so
 * that a test can cut the connection ({@link #cut()}) and restore it ({@link #restore()}) without
 * stopping the shared service itself, or make it unreachable ({@link #blackhole()}), or slow every
 * packet down ({@link #delay(Duration)}). Given several target ports it is a round-robin balancer:
 * each new connection goes to the next target that accepts it.
 */
public final class TcpProxy implements AutoCloseable {

  private final String name;
  private final int listenPort;
  private final int[] targetPorts;
  private final AtomicInteger next = new AtomicInteger();
  private volatile long delayMillis;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;
  private volatile boolean silent;

  public TcpProxy(String name, int listenPort, int... targetPorts) {
    if (targetPorts.length == 0) {
      throw new IllegalArgumentException("no target port");
    }
    this.name = name;
    this.listenPort = listenPort;
    this.targetPorts = targetPorts.clone();
  }

  /**
   * Holds every chunk of bytes this long before forwarding it, in both directions, for the open
   * connections and the new ones (a round trip then takes twice as long more); zero ends it.
   */
  public TcpProxy delay(Duration perDirection) {
    delayMillis = perDirection.toMillis();
    return this;
  }

  public synchronized TcpProxy restore() throws IOException {
    if (server != null && !silent) {
      return this;
    }
    cut();
    silent = false;
    listen();
    return this;
  }

  /**
   * Accepts connections and never answers, as a service behind a dead network path does: every
   * client call runs into its timeout. {@link #restore()} ends it.
   */
  public synchronized TcpProxy blackhole() throws IOException {
    cut();
    silent = true;
    listen();
    return this;
  }

  private void listen() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort), 200);
    server = socket;
    Thread acceptor = new Thread(() -> accept(socket), name + "-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Refuses new connections and breaks the open ones, as if the service had gone away. */
  public synchronized void cut() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        if (silent) {
          open.add(client); // held open, never read from or written to
          continue;
        }
        Socket upstream = connectUpstream();
        if (upstream == null) {
          closeQuietly(client);
          continue;
        }
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** The next target in turn that accepts a connection, or null if none does. */
  private Socket connectUpstream() {
    int first = Math.floorMod(next.getAndIncrement(), targetPorts.length);
    for (int i = 0; i < targetPorts.length; i++) {
      Socket upstream = new Socket();
      try {
        upstream.connect(
            new InetSocketAddress(
                InetAddress.getLoopbackAddress(), targetPorts[(first + i) % targetPorts.length]),
            2000);
        return upstream;
      } catch (IOException e) {
        closeQuietly(upstream);
      }
    }
    return null;
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  long delay = delayMillis;
                  if (delay > 0) {
                    Thread.sleep(delay);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException ignored) {
                // one side closed: close both below
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            name + "-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
