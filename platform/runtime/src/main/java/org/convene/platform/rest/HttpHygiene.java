package org.convene.platform.rest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.convene.platform.problem.Problem;
import org.convene.platform.problem.RouteProblems;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundInvoker;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers every answer of every service carries, set in one place: the first route of the router (so they are
 * on problems written by other routes, such as the body-size guard's 413, too), added as the headers are written.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a browser takes the declared media type, never guesses;</li>
 * <li>{@code Content-Security-Policy: frame-ancestors 'none'} and {@code X-Frame-Options: DENY}: no answer may be
 * framed by another site;</li>
 * <li>{@code Referrer-Policy: no-referrer}: a page opened from a token link (manage, preferences, unsubscribe)
 * never hands its URL, token included, to the next site; on every answer, since any answer may be such a page;</li>
 * <li>{@code Cache-Control: no-store} on every answer to a request that carries a credential (a bearer token, a
 * manage token, a {@code token} query parameter) or changes something (the answers with personal data or
 * tokens), unless the resource chose its own Cache-Control; public reads stay cacheable.</li>
 * </ul>
 * A request whose HTTP version is neither 1.0 nor 1.1 (say {@code HTTP/9.9}, which Vert.x would answer in kind) is
 * a 505 problem in HTTP/1.1, and the connection is closed.
 */
@ApplicationScoped
public class HttpHygiene {

    private static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "frame-ancestors 'none'", "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    /** Installed before every other route of the platform (the body-size guard shares its order). */
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean sensitive = carriesCredentialsOrChanges(request);
        if (!isSupported(request)) {
            refuseVersion(context);
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            SECURITY_HEADERS.forEach(headers::set);
            if (sensitive && !headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }

    /**
     * Vert.x writes every answer in the version of the request, so a 505 through the response would start with
     * {@code HTTP/9.9}. The answer is therefore written as bytes on the connection, in HTTP/1.1, and the connection
     * closed.
     */
    private static void refuseVersion(RoutingContext context) {
        byte[] body = RouteProblems.json(context, 505, "http-version-not-supported", "HTTP version not supported",
                "this server speaks HTTP/1.1 and HTTP/1.0").encode().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 505 HTTP Version Not Supported\r\n")
                .append("Content-Type: ").append(Problem.MEDIA_TYPE).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Cache-Control: no-store\r\nConnection: close\r\n");
        SECURITY_HEADERS.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        if (context.request().connection() instanceof ConnectionBase connection) {
            // from the HTTP encoder's place in the pipeline, so that the bytes pass it by (it takes only messages)
            ChannelPipeline pipeline = connection.channel().pipeline();
            ChannelHandlerContext encoder = pipeline.context(HttpResponseEncoder.class);
            ChannelOutboundInvoker out = encoder != null ? encoder : connection.channel();
            out.writeAndFlush(Unpooled.wrappedBuffer(head.toString().getBytes(StandardCharsets.US_ASCII), body))
                    .addListener(ChannelFutureListener.CLOSE);
        } else {
            context.request().connection().close();
        }
    }

    private static boolean isSupported(HttpServerRequest request) {
        HttpVersion version;
        try {
            version = request.version();
        } catch (RuntimeException e) {
            return false;
        }
        return version == HttpVersion.HTTP_1_1 || version == HttpVersion.HTTP_1_0 || version == HttpVersion.HTTP_2;
    }

    static boolean carriesCredentialsOrChanges(HttpServerRequest request) {
        HttpMethod method = request.method();
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || request.getHeader("Authorization") != null || request.getHeader("X-Manage-Token") != null
                || hasTokenParameter(request.query());
    }

    /** Read from the raw query, so that a malformed escape elsewhere in it cannot fail this check. */
    private static boolean hasTokenParameter(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.equals("token") || pair.startsWith("token=")) {
                return true;
            }
        }
        return false;
    }
}
