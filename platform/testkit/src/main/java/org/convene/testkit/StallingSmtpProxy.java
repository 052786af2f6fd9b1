package org.convene.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy in front of a real SMTP server (GreenMail) that relays every byte, except that it can stall the next
 * attempt to send to a chosen address: when the client names that recipient ({@code RCPT TO:<address>}), the proxy
 * forwards nothing more on that connection and answers nothing, as a server that hangs mid-transaction does, until it
 * drops the connection {@code hold} later. The message is not delivered; the next attempt is relayed normally. For
 * tests of what a sender does when an attempt times out.
 */
public final class StallingSmtpProxy implements AutoCloseable {

    private final int targetPort;
    private final Duration hold;
    private final ServerSocket server;
    private final Set<String> stallNextTo = ConcurrentHashMap.newKeySet();
    private final Set<String> stalledTo = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService dropper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stalling-smtp-dropper");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean open = true;

    public StallingSmtpProxy(int targetPort, Duration hold) {
        this.targetPort = targetPort;
        this.hold = hold;
        try {
            server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "stalling-smtp-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next attempt to send to this address stalls (case-insensitive). */
    public void stallNextAttemptTo(String address) {
        stallNextTo.add(address.toLowerCase(Locale.ROOT));
    }

    /** Whether an attempt to this address was stalled. */
    public boolean stalled(String address) {
        return stalledTo.contains(address.toLowerCase(Locale.ROOT));
    }

    private void accept() {
        while (open) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
                start(() -> relay(client, upstream, true));
                start(() -> relay(upstream, client, false));
            } catch (IOException e) {
                reset(client); // the server is away: the client sees its connection refused at once
            }
        }
    }

    private void relay(Socket from, Socket to, boolean fromClient) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (fromClient && stallsHere(new String(buffer, 0, read, StandardCharsets.ISO_8859_1))) {
                    dropper.schedule(() -> {
                        closeQuietly(from);
                        closeQuietly(to);
                    }, hold.toMillis(), TimeUnit.MILLISECONDS);
                    return; // nothing more is relayed on this connection
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        }
        closeQuietly(from);
        closeQuietly(to);
    }

    private boolean stallsHere(String chunk) {
        String lower = chunk.toLowerCase(Locale.ROOT);
        for (String address : stallNextTo) {
            if (lower.contains("rcpt to:<" + address + ">") && stallNextTo.remove(address)) {
                stalledTo.add(address);
                return true;
            }
        }
        return false;
    }

    private static void start(Runnable relay) {
        Thread thread = new Thread(relay, "stalling-smtp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // close with RST, as a refused connection, not FIN
        } catch (IOException e) {
            // closed already
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        dropper.shutdownNow();
    }
}
