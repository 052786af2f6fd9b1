package org.convene.notification.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.config.SenderConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.StartTLSOptions;

/**
 * The sender's SMTP client, configured from the usual {@code quarkus.mailer.*} keys, plus what the Quarkus mailer
 * does not offer: an idle time-out on each connection equal to {@code convene.sender.send-timeout}. Without it a
 * server that accepts a connection and then stops answering holds that connection, and the send's permit, forever;
 * with it the connection is closed, the send fails, and the email is retried.
 */
@ApplicationScoped
public class SmtpClient {

    @ConfigProperty(name = "quarkus.mailer.host", defaultValue = "127.0.0.1")
    String host;

    @ConfigProperty(name = "quarkus.mailer.port", defaultValue = "25")
    int port;

    @ConfigProperty(name = "quarkus.mailer.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.mailer.password")
    Optional<String> password;

    @ConfigProperty(name = "quarkus.mailer.tls", defaultValue = "false")
    boolean tls;

    @ConfigProperty(name = "quarkus.mailer.start-tls", defaultValue = "OPTIONAL")
    String startTls;

    @ConfigProperty(name = "quarkus.mailer.max-pool-size", defaultValue = "10")
    int maxPoolSize;

    @ConfigProperty(name = "quarkus.mailer.keep-alive-timeout", defaultValue = "PT5M")
    Duration keepAliveTimeout;

    @Inject
    SenderConfig sender;

    @Inject
    Vertx vertx;

    private MailClient client;

    public synchronized MailClient client() {
        if (client == null) {
            client = MailClient.create(vertx, config());
        }
        return client;
    }

    MailConfig config() {
        int idleSeconds = (int) Math.max(2, sender.sendTimeout().toSeconds());
        // The pool evicts an unused connection well before the idle time-out would close it under the pool's feet
        // (a pooled connection closed just as a send takes it is a failed attempt): at most half the idle time-out.
        int keepAliveSeconds = (int) Math.max(1, Math.min(keepAliveTimeout.toSeconds(), idleSeconds / 2));
        MailConfig config = new MailConfig().setHostname(host).setPort(port).setSsl(tls)
                .setStarttls(StartTLSOptions.valueOf(startTls.toUpperCase(java.util.Locale.ROOT)))
                .setKeepAlive(true).setMaxPoolSize(maxPoolSize)
                .setKeepAliveTimeout(keepAliveSeconds).setKeepAliveTimeoutUnit(TimeUnit.SECONDS)
                .setConnectTimeout((int) sender.sendTimeout().toMillis());
        config.setIdleTimeout(idleSeconds);
        config.setIdleTimeoutUnit(TimeUnit.SECONDS);
        username.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        return config;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
