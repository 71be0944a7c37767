package com.cloudvista.payfast.platform.health;

import java.util.regex.Pattern;

/**
 * What a health check may say about a dependency: its state, and when it is not UP a short reason
 * with every URL, address and file path taken out. The full description (where it connects, which
 * folder) is the start-up banner's business; /health is readable by anyone who can reach the pod.
 */
public final class HealthData {

  private static final int MAX_REASON = 160;
  private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "\\b(?:\\d{1,3}(?:\\.\\d{1,3}){3}|localhost|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)(?::\\d{1,5})?\\b"
              + "|\\[[0-9A-Fa-f:]+\\](?::\\d{1,5})?");
  private static final Pattern PATH = Pattern.compile("(?<![\\w<])/[\\w.@+-]+(?:/[\\w.@+=-]*)*");

  private HealthData() {}

  /**
   * The reason to show for a state that is not UP (or DISABLED), or null when there is none to
   * show.
   */
  public static String reason(String state, String detail) {
    if ("UP".equals(state) || "DISABLED".equals(state) || detail == null || detail.isBlank()) {
      return null;
    }
    return scrub(detail);
  }

  static String scrub(String detail) {
    String text = URL.matcher(detail).replaceAll("<url>");
    text = PATH.matcher(text).replaceAll("<path>");
    text = ADDRESS.matcher(text).replaceAll("<address>");
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
  }
}
