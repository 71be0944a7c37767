package com.cloudvista.payfast.platform.web;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Locale;

/**
 * Serves the web UI (the Vite build in the WAR's root: {@code index.html}, hashed {@code assets/})
 * with an SPA fallback: a browser navigation to any other path outside the APIs and the operations
 * endpoints (a deep link such as {@code /transactions?category=dining}) gets {@code index.html},
 * and the app's router takes it from there. Everything else unknown answers a problem+json 404, as
 * the container's default servlet would answer an empty HTML page.
 *
 * <p>Caching: hashed assets are immutable for a year; {@code index.html} is revalidated on every
 * load, so a deploy is picked up at once. The UI's pages carry a Content-Security-Policy that
 * allows only this origin's scripts, and direct uploads to the presigned S3 URLs.
 */
@WebServlet(name = "staticContent", urlPatterns = "/")
public class StaticContentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String INDEX = "/index.html";

  /** Paths the SPA fallback never answers: the APIs and the server's own endpoints. */
  private static final List<String> NOT_THE_UI =
      List.of("/api/", "/auth/", "/health", "/metrics", "/openapi", "/ibm/", "/_error", "/assets/");

  /**
   * Scripts, styles and data only from this origin; S3 (presigned PUT/GET of receipts and imports)
   * over any origin the configured endpoint may have; no framing, no plugins.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
          + "connect-src 'self' https: http://localhost:* http://127.0.0.1:*; frame-ancestors 'none'; "
          + "base-uri 'self'; form-action 'self'; object-src 'none'";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws jakarta.servlet.ServletException, IOException {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      super.service(request, response);
    } else if (resource(path(request)) != null) {
      response.setHeader("Allow", "GET, HEAD");
      ServletProblems.write(
          request,
          response,
          ErrorCode.METHOD_NOT_ALLOWED,
          "Static content answers GET and HEAD only.");
    } else {
      notFound(request, response);
    }
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
      throws IOException {
    String requested = path(request);
    String path = resource(requested);
    if (path == null && (INDEX.equals(requested) || isNavigation(request, requested))) {
      path = resource(INDEX);
      if (path == null) {
        notBuilt(response, withBody);
        return;
      }
    }
    if (path == null) {
      notFound(request, response);
      return;
    }
    String type = getServletContext().getMimeType(path);
    response.setContentType(
        type == null
            ? "application/octet-stream"
            : type.startsWith("text/") ? type + ";charset=UTF-8" : type);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", cacheControl(path));
    if (path.endsWith(".html")) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("Referrer-Policy", "same-origin");
    }
    if (withBody) {
      try (InputStream in = getServletContext().getResourceAsStream(path)) {
        in.transferTo(response.getOutputStream());
      }
    }
  }

  /**
   * Vite names assets by content hash, so they never change; the page that names them must be
   * fresh.
   */
  static String cacheControl(String path) {
    if (path.startsWith("/assets/")) {
      return "public, max-age=31536000, immutable";
    }
    return path.endsWith(".html") ? "no-cache" : "public, max-age=300";
  }

  /**
   * A browser loading a page of the app: GET of an extension-less path outside the APIs, asking for
   * HTML.
   */
  static boolean isNavigation(HttpServletRequest request, String path) {
    String accept = request.getHeader("Accept");
    String last = path.substring(path.lastIndexOf('/') + 1);
    return accept != null
        && accept.contains("text/html")
        && !last.contains(".")
        && NOT_THE_UI.stream().noneMatch(path::startsWith);
  }

  private static String path(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }

  /** The webapp file at this path, or null; WEB-INF and META-INF are never served. */
  private String resource(String path) throws IOException {
    String upper = path.toUpperCase(Locale.ROOT);
    if (path.contains("..") || upper.startsWith("/WEB-INF") || upper.startsWith("/META-INF")) {
      return null;
    }
    URL url = getServletContext().getResource(path);
    return url == null || path.endsWith("/") ? null : path;
  }

  /** The WAR was built with -Dfrontend.skip=true, or liberty:run runs before the first build. */
  private static void notBuilt(HttpServletResponse response, boolean withBody) throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (withBody) {
      try (InputStream in = StaticContentServlet.class.getResourceAsStream("ui-not-built.html")) {
        in.transferTo(response.getOutputStream());
      }
    }
  }

  private static void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ServletProblems.write(request, response, ErrorCode.NOT_FOUND, "No resource matches this path.");
  }
}
