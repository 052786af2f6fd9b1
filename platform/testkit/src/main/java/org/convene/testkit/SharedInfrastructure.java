package org.convene.testkit;

/**
 * One Kafka broker and one mail server per test JVM, started on first use on free ports and stopped when the JVM
 * exits.
 */
public final class SharedInfrastructure {

    private static KafkaBroker kafka;
    private static MailServer mail;
    private static StallingSmtpProxy smtpProxy;

    private SharedInfrastructure() {
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.onFreePorts().start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "stop-test-kafka"));
        }
        return kafka;
    }

    public static synchronized MailServer mail() {
        if (mail == null) {
            mail = MailServer.onFreePorts().start();
            Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "stop-test-mail"));
        }
        return mail;
    }

    /**
     * The SMTP endpoint the services under test send to: a relay in front of {@link #mail()} that a test can tell to
     * stall one attempt ({@link StallingSmtpProxy#stallNextAttemptTo}); it drops a stalled connection after 20 s.
     */
    public static synchronized StallingSmtpProxy smtpProxy() {
        if (smtpProxy == null) {
            smtpProxy = new StallingSmtpProxy(mail().smtpPort(), java.time.Duration.ofSeconds(20));
            Runtime.getRuntime().addShutdownHook(new Thread(smtpProxy::close, "stop-test-smtp-proxy"));
        }
        return smtpProxy;
    }
}
