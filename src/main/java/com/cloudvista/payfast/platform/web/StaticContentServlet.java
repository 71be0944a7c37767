package com.cloudvista.payfast.platform.web;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * Serves the web UI's files from the application root and answers every other unknown path with a
 * problem+json 404 (the container's default servlet would answer an empty HTML page).
 */
@WebServlet(name = "staticContent", urlPatterns = "/")
public class StaticContentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    serve(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
    serve(request, response, false);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws jakarta.servlet.ServletException, IOException {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      super.service(request, response);
    } else if (resource(request) != null) {
      response.setHeader("Allow", "GET, HEAD");
      ServletProblems.write(request, response, ErrorCode.METHOD_NOT_ALLOWED, "Static content answers GET and HEAD only.");
    } else {
      notFound(request, response);
    }
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
      throws IOException {
    String path = resource(request);
    if (path == null) {
      notFound(request, response);
      return;
    }
    String type = getServletContext().getMimeType(path);
    response.setContentType(type == null ? "application/octet-stream" : type);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", path.endsWith(".html") ? "no-cache" : "public, max-age=300");
    if (withBody) {
      try (InputStream in = getServletContext().getResourceAsStream(path)) {
        in.transferTo(response.getOutputStream());
      }
    }
  }

  /** The webapp file this request names ({@code /} is index.html), or null; WEB-INF is never served. */
  private String resource(HttpServletRequest request) throws IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.isEmpty() || path.endsWith("/")) {
      path = path + "index.html";
    }
    String upper = path.toUpperCase(java.util.Locale.ROOT);
    if (path.contains("..") || upper.startsWith("/WEB-INF") || upper.startsWith("/META-INF")) {
      return null;
    }
    URL url = getServletContext().getResource(path);
    return url == null || path.endsWith("/") ? null : path;
  }

  private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ServletProblems.write(request, response, ErrorCode.NOT_FOUND, "No resource matches this path.");
  }
}
