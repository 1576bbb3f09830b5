package org.cartellab.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The web server's edges, in one place:
 * <ul>
 *   <li><b>Every response has the JSON error shape and the security headers</b>, including errors Jetty raises before
 *       any route runs (bad paths, 414 URI too long, 431 headers too large, bad Content-Length): a Jetty error
 *       handler writes {@code {"error": "..."}} with CSP, nosniff and no-referrer.</li>
 *   <li><b>Host</b>: a request whose Host is not the bound address, a loopback name or an allow-listed name is refused
 *       (403), which defeats DNS rebinding.</li>
 *   <li><b>State-changing requests</b> (POST): the content type must be JSON (YAML too for the scenario endpoints),
 *       never one a cross-origin form may send without asking (text/plain, form encodings), and an Origin header, if
 *       present, must be this server's own origin or allow-listed (403 otherwise).</li>
 *   <li><b>Bodies</b>: a declared Content-Length over the limit is answered 413 at once, without reading the body; a
 *       body that stops arriving is cut off after {@link #IDLE_MILLIS} ms, and one that trickles slower than
 *       {@link #MIN_BYTES_PER_SECOND} bytes a second is cut off too (Jetty answers 408, in the JSON shape).</li>
 * </ul>
 */
final class WebGuard {
    /** A body that sends nothing for this long is cut off. */
    static final long IDLE_MILLIS = 5_000;
    /** A body slower than this (averaged from the request's start) is cut off: 64 KiB then takes at most 8 s. */
    static final long MIN_BYTES_PER_SECOND = 8 * 1024;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Set<String> FORM_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");
    private static final Set<String> YAML_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

    private final String csp;
    private final int maxBodyBytes;
    private final Set<String> allowedHosts = new CopyOnWriteArraySet<>();
    private volatile String boundHost = "127.0.0.1";
    private volatile int boundPort = -1;

    WebGuard(String csp, int maxBodyBytes) {
        this.csp = csp;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Host names (without port) accepted besides the bound address and loopback, e.g. a name in /etc/hosts. */
    void allowHosts(List<String> names) {
        for (String n : names) allowedHosts.add(n.toLowerCase(Locale.ROOT));
    }

    /** Records where the server listens (the Host and Origin checks compare with it). */
    void bound(String host, int port) {
        this.boundHost = host.toLowerCase(Locale.ROOT);
        this.boundPort = port;
    }

    /** Jetty settings: JSON error pages with the security headers, read timeouts for slow or endless bodies. */
    void configure(JavalinConfig config) {
        JsonErrors errors = new JsonErrors();
        config.jetty.modifyServer(server -> server.setErrorHandler(errors));
        config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(errors));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(IDLE_MILLIS);
            http.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
            http.setSendServerVersion(false);
        });
    }

    /** The security headers every response carries. */
    void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", csp);
    }

    /** The before-handler: headers, then Host, body size, and for POST the content type and Origin. */
    void check(Context ctx) {
        headers(ctx);
        String host = ctx.header("Host");
        if (!hostAllowed(host)) {
            throw new ApiException(403, "Host '" + clean(host) + "' is not this server's address; start it with --allow-host NAME to accept that name");
        }
        long declared = ctx.contentLength();
        if (declared > maxBodyBytes) {
            ctx.header("Connection", "close"); // do not read the body we refuse
            throw ApiException.of(413, "body_too_large", maxBodyBytes);
        }
        if (!ctx.method().name().equals("POST")) return;
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean yamlAllowed = ctx.path().startsWith("/api/simulate");
        if (!type.equals("application/json") && !(yamlAllowed && YAML_TYPES.contains(type))) {
            throw new ApiException(415, "Content-Type '" + clean(type) + "' is not accepted here; send application/json"
                    + (yamlAllowed ? " or application/yaml" : "") + (FORM_TYPES.contains(type) ? " (form and plain-text posts are refused: any web page could send them)" : ""));
        }
        String origin = ctx.header("Origin");
        if (origin != null && !originAllowed(origin)) {
            throw new ApiException(403, "Origin '" + clean(origin) + "' may not send requests to this server");
        }
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site")) && origin == null) {
            throw new ApiException(403, "cross-site requests may not change anything on this server");
        }
    }

    boolean hostAllowed(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) return false;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name = h;
        String port = null;
        int colon = h.lastIndexOf(':');
        if (colon > 0 && colon > h.lastIndexOf(']')) {
            name = h.substring(0, colon);
            port = h.substring(colon + 1);
        }
        if (port != null && boundPort > 0 && !port.equals(String.valueOf(boundPort))) return false;
        return LOOPBACK.contains(name) || name.equals(boundHost) || ("[" + boundHost + "]").equals(name) || allowedHosts.contains(name);
    }

    boolean originAllowed(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (!o.startsWith("http://")) return false; // "null", https (we serve plain HTTP), other schemes
        return hostAllowed(o.substring("http://".length()));
    }

    private static String clean(String s) {
        if (s == null) return "";
        String t = s.replaceAll("[\\p{Cntrl}]", "?");
        return t.length() > 100 ? t.substring(0, 100) + "..." : t;
    }

    private static String json(int status, String message) {
        String m = message == null || message.isBlank() ? "HTTP " + status : message;
        StringBuilder b = new StringBuilder("{\"error\":\"");
        for (char c : m.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append("\"}").toString();
    }

    /** Jetty's own errors in the API's JSON shape, with the security headers. */
    private final class JsonErrors extends ErrorHandler {
        @Override
        public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) throws IOException {
            int status = response.getStatus();
            Object message = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_MESSAGE);
            response.setContentType("application/json;charset=utf-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Content-Security-Policy", csp);
            response.setHeader("Cache-Control", "no-store");
            byte[] body = json(status, message == null ? null : message.toString()).getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            baseRequest.setHandled(true);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            fields.put("X-Content-Type-Options", "nosniff");
            fields.put("Referrer-Policy", "no-referrer");
            fields.put("Content-Security-Policy", csp);
            return ByteBuffer.wrap(json(status, reason).getBytes(StandardCharsets.UTF_8));
        }
    }
}
