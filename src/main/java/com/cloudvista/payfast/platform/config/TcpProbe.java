package com.cloudvista.payfast.platform.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something accepts TCP connections at an address: how start-up picks its fallbacks. */
public final class TcpProbe {

  private TcpProbe() {}

  public static boolean answers(String host, int port, int timeoutMillis) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
