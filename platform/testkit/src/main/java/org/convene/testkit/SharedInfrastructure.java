package org.convene.testkit;

/**
 * One Kafka broker and one mail server per test JVM, started on first use on free ports and stopped when the JVM
 * exits.
 */
public final class SharedInfrastructure {

    private static KafkaBroker kafka;
    private static MailServer mail;

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
}
