package org.convene.bench.tools;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Email rate: how many emails per second notification-service hands to the SMTP sink, next to the sink's own rate.
 *
 * <ol>
 * <li><b>A template email</b>: one workshop and one sign-up through the HTTP API; its confirmation goes the whole real
 * way (event, ledger row, sender). Its ledger row and its MIME source (over IMAP) are the model of what follows.
 * <li><b>The sink's raw rate</b>: EMAILS_COUNT (10,000) copies of that MIME source sent straight to the SMTP sink
 * (127.0.0.1:3025) by a minimal SMTP client of this process (EHLO once per connection, then MAIL / RCPT / DATA per
 * message, each reply awaited, as the mailer does) over EMAILS_RAW_CONNECTIONS (4) connections. Timed from the first
 * message to the last reply.
 * <li><b>notification-service's rate</b>: EMAILS_COUNT copies of the template's ledger row inserted in SQL, due now, in
 * one transaction (the sender's real input: a PENDING row, exactly what an event handler writes; same type, payload
 * with the sealed manage token, calendar, language), each copy for a registration of its own, as in a rush (the sender
 * keeps the emails of one registration in order, so copies of one registration would go one at a time). The sender
 * finds them in its sweep. Timed from the first to the
 * last {@code sent_at} of those rows; emails/s = (count − 1) / that.
 * </ol>
 * Each phase spreads its emails over EMAILS_RECIPIENTS (200) addresses of its own: GreenMail creates the mailbox of a
 * new address with a linear scan over every mailbox it holds ({@code HierarchicalFolder.createChild}), so one address
 * per email makes the sink slower with every run (from ~430/s to ~160/s after 20,000 addresses) and measures that
 * instead. Beside each phase: the CPU time the sender's process (notification-service), the sink's process
 * (LocalInfrastructure: Kafka and GreenMail) and PostgreSQL used, per email, and the load average. Afterwards every
 * inbox of the service phase is read over IMAP: exactly the Message-IDs of its SENT rows, each once; then every
 * message of the run is deleted from the sink (GreenMail keeps them all in its heap). Writes {@code emails.json} into
 * the bench output folder.
 */
public final class EmailRate {

    static final String SMTP_HOST = Bench.env("BENCH_SMTP_HOST", "127.0.0.1");
    static final int SMTP_PORT = Bench.envInt("BENCH_SMTP_PORT", 3025);
    static final long TICKS_PER_SECOND = 100; // USER_HZ of /proc/<pid>/stat on Linux
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmailRate() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // also when a sending thread still waits on a dead connection
        }
        System.exit(0);
    }

    static void run() throws Exception {
        int count = Bench.envInt("EMAILS_COUNT", 10_000);
        int connections = Bench.envInt("EMAILS_RAW_CONNECTIONS", 4);
        int timeoutSeconds = Bench.envInt("EMAILS_TIMEOUT_SECONDS", Math.max(300, count / 20));
        int recipients = Math.max(1, Math.min(count, Bench.envInt("EMAILS_RECIPIENTS", 200)));
        String run = Long.toString(System.currentTimeMillis(), 36);
        Path out = Bench.outDir().resolve("emails.json");

        Template template = template(run);
        System.out.printf("EmailRate: template row %s, %d bytes of MIME; %d emails per phase%n", template.rowId(),
                template.mime().length, count);

        String phases = Bench.env("EMAILS_PHASES", "sink service");
        Map<String, Object> raw = Map.of();
        if (phases.contains("sink")) {
            raw = rawRate(template.mime(), count, connections, recipients, run);
            System.out.println("EmailRate: sink " + Bench.JSON.writeValueAsString(raw));
        }
        Map<String, Object> service = Map.of();
        if (phases.contains("service")) {
            service = serviceRate(template.rowId(), count, recipients, run, timeoutSeconds);
            System.out.println("EmailRate: service " + Bench.JSON.writeValueAsString(service));
        }

        Map<String, Object> inboxes = phases.contains("service") ? inboxCheck(run) : Map.of();
        // GreenMail keeps every message in its heap: give the memory back (what the later steps and runs need)
        Set<String> mailboxes = new HashSet<>();
        for (int i = 0; i < recipients; i++) {
            mailboxes.add(address(run, "raw", i));
            mailboxes.add(address(run, "svc", i));
        }
        mailboxes.add(address(run, "template", 0));
        long purged = purge(mailboxes);
        System.out.println("EmailRate: " + purged + " messages deleted from " + mailboxes.size() + " mailboxes");

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", count);
        result.put("messageBytes", template.mime().length);
        result.put("templateType", template.type());
        result.put("emailsPerSecond", service.get("emailsPerSecond"));
        result.put("sinkRawPerSecond", raw.get("emailsPerSecond"));
        result.put("sink", raw);
        result.put("service", service);
        result.put("recipientsPerPhase", recipients);
        result.put("inboxes", inboxes);
        result.put("times", "sink: first message → last reply of the raw client; service: first → last sent_at of"
                + " the inserted ledger rows (SMTP accepted); cpuMsPerEmail: utime + stime of the process over the"
                + " phase / emails");
        Bench.writeJson(out, result);
        System.out.println("EmailRate: " + Bench.JSON.writeValueAsString(result));
    }

    record Template(UUID rowId, String type, byte[] mime) {
    }

    static String address(String run, String phase, int i) {
        return "emails-" + run + "-" + phase + "-" + i + "@bench.example";
    }

    /** One real sign-up; waits for its confirmation in the ledger (SENT) and in the sink, and reads both back. */
    static Template template(String run) throws Exception {
        UUID workshop = Bench.createWorkshop("Email rate " + run, 10, false);
        String email = address(run, "template", 0);
        Bench.expect(Bench.call("POST", Bench.REGISTRATION + "/api/v1/workshops/" + workshop + "/registrations",
                Map.of("fullName", "Email Rate Template", "email", email), false,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())), "POST /registrations", 201);
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection connection = Bench.db("convene_notification");
                    var statement = connection.prepareStatement("select id, type from notification"
                            + " where recipient = ? and status = 'SENT' order by created_at limit 1")) {
                statement.setString(1, email);
                try (var rs = statement.executeQuery()) {
                    if (rs.next()) {
                        return new Template((UUID) rs.getObject(1), rs.getString(2), mimeOf(email));
                    }
                }
            }
            Bench.sleep(250);
        }
        throw new IllegalStateException("the template confirmation to " + email + " was not sent within 120 s");
    }

    /** IMAP to the sink (GreenMail: login = the address, any password). */
    static Session imapSession() {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "3000");
        props.put("mail.imap.timeout", "30000");
        return Session.getInstance(props);
    }

    /** The MIME source of the first message in this address's GreenMail inbox. */
    static byte[] mimeOf(String address) throws Exception {
        try (Store store = imapSession().getStore("imap")) {
            store.connect(Bench.IMAP_HOST, Bench.IMAP_PORT, address, "bench");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message message = inbox.getMessage(1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            inbox.close(false);
            return bytes.toByteArray();
        }
    }

    /**
     * Exactly once, checked in the sink: every inbox of the service phase holds exactly the Message-IDs of the ledger
     * rows SENT to it in this run, each once.
     */
    static Map<String, Object> inboxCheck(String run) throws Exception {
        return inboxCheck(expectedFor(run));
    }

    /** Recipient → the Message-IDs of the service phase's SENT rows. */
    static Map<String, Set<String>> expectedFor(String run) throws Exception {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        try (Connection connection = Bench.db("convene_notification");
                var statement = connection.prepareStatement("select recipient, message_id from notification"
                        + " where event_id like ? and status = 'SENT'")) {
            statement.setString(1, "bench:emails:" + run + ":%");
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    expected.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return expected;
    }

    /** Every inbox named in {@code expected} holds exactly those Message-IDs, each once. */
    static Map<String, Object> inboxCheck(Map<String, Set<String>> expected) throws Exception {
        AtomicLong messages = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong missing = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        eachInbox(expected.keySet(), Folder.READ_ONLY, (address, folder) -> {
            Set<String> seen = new HashSet<>();
            Message[] all = folder == null ? new Message[0] : folder.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add("Message-ID");
            if (folder != null) {
                folder.fetch(all, profile);
            }
            for (Message message : all) {
                String[] id = message.getHeader("Message-ID");
                messages.incrementAndGet();
                if (id == null || !expected.get(address).contains(id[0])) {
                    unexpected.incrementAndGet();
                } else if (!seen.add(id[0])) {
                    duplicates.incrementAndGet();
                }
            }
            missing.addAndGet(expected.get(address).size() - seen.size());
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("recipients", expected.size());
        result.put("sentRows", expected.values().stream().mapToInt(Set::size).sum());
        result.put("messages", messages.get());
        result.put("duplicates", duplicates.get());
        result.put("missing", missing.get());
        result.put("unexpected", unexpected.get());
        result.put("exactlyOnce", duplicates.get() == 0 && missing.get() == 0 && unexpected.get() == 0);
        return result;
    }

    /** Deletes every message in these GreenMail inboxes (IMAP: the Deleted flag, then EXPUNGE); returns how many. */
    static long purge(Set<String> addresses) throws Exception {
        AtomicLong deleted = new AtomicLong();
        eachInbox(addresses, Folder.READ_WRITE, (address, folder) -> {
            int count = folder == null ? 0 : folder.getMessageCount();
            if (count > 0) {
                folder.setFlags(1, count, new Flags(Flags.Flag.DELETED), true);
                deleted.addAndGet(count);
            }
        });
        return deleted.get();
    }

    interface InboxWork {
        /** {@code inbox} is open in the mode asked for, or null when the address has no mailbox. */
        void on(String address, Folder inbox) throws Exception;
    }

    /** Runs {@code work} on each address's INBOX, four IMAP connections at a time; READ_WRITE closes with EXPUNGE. */
    static void eachInbox(Collection<String> addresses, int mode, InboxWork work) throws Exception {
        Session session = imapSession();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String address : addresses) {
                done.add(pool.submit(() -> {
                    try (Store store = session.getStore("imap")) {
                        store.connect(Bench.IMAP_HOST, Bench.IMAP_PORT, address, "bench");
                        Folder inbox = store.getFolder("INBOX");
                        if (!inbox.exists()) {
                            work.on(address, null);
                            return null;
                        }
                        inbox.open(mode);
                        work.on(address, inbox);
                        inbox.close(mode == Folder.READ_WRITE);
                    }
                    return null;
                }));
            }
            for (Future<?> result : done) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    // ---- the sink's raw rate

    static Map<String, Object> rawRate(byte[] mime, int count, int connections, int recipients, String run)
            throws Exception {
        List<String> to = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            to.add(address(run, "raw", i % recipients));
        }
        return rawRate(mime, to, connections);
    }

    /** One copy of {@code mime} to each of {@code to}, in order, over {@code connections} connections. */
    static Map<String, Object> rawRate(byte[] mime, List<String> to, int connections) throws Exception {
        int count = to.size();
        byte[] data = dotStuffed(mime);
        AtomicInteger next = new AtomicInteger();
        Cpu cpu = Cpu.start();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            sent.add(pool.submit(() -> {
                int mine = 0;
                try (Smtp smtp = new Smtp(SMTP_HOST, SMTP_PORT)) {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        smtp.send("no-reply@convene.local", to.get(i), data);
                        mine++;
                    }
                }
                return mine;
            }));
        }
        int total = 0;
        for (Future<Integer> future : sent) {
            total += future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("client", "plain SMTP over " + connections + " kept-alive connections, one reply awaited per command");
        result.put("sent", total);
        result.put("seconds", round(seconds));
        result.put("emailsPerSecond", round(total / seconds));
        result.putAll(cpu.stop(total));
        return result;
    }

    /** SMTP transparency (RFC 5321 §4.5.2), CRLF line ends, and the terminating dot. */
    static byte[] dotStuffed(byte[] mime) {
        String text = new String(mime, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        StringBuilder stuffed = new StringBuilder(text.length() + 64);
        for (String line : text.split("\r\n", -1)) {
            stuffed.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
        }
        stuffed.append(".\r\n");
        return stuffed.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A minimal SMTP client: one connection, EHLO once, then MAIL / RCPT / DATA per message. */
    static final class Smtp implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Smtp(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            expect(220);
            command("EHLO bench.local", 250);
        }

        void send(String from, String to, byte[] data) throws IOException {
            command("MAIL FROM:<" + from + ">", 250);
            command("RCPT TO:<" + to + ">", 250);
            command("DATA", 354);
            out.write(data);
            out.flush();
            expect(250);
        }

        private void command(String line, int code) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(code);
        }

        /** Reads one (possibly multi-line) reply and checks its code. */
        private void expect(int code) throws IOException {
            while (true) {
                String line = readLine();
                if (line.length() < 3 || Integer.parseInt(line.substring(0, 3)) != code) {
                    throw new IOException("expected " + code + ", got: " + line);
                }
                if (line.length() == 3 || line.charAt(3) == ' ') {
                    return;
                }
            }
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            try {
                command("QUIT", 221);
            } finally {
                socket.close();
            }
        }
    }

    // ---- notification-service's rate

    static Map<String, Object> serviceRate(UUID templateRow, int count, int recipients, String run,
            int timeoutSeconds) throws Exception {
        UUID[] ids = new UUID[count];
        String[] addresses = new String[count];
        String[] eventIds = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = uuidV7();
            addresses[i] = address(run, "svc", i % recipients);
            eventIds[i] = "bench:emails:" + run + ":" + i;
        }
        Instant committed;
        try (Connection connection = Bench.db("convene_notification")) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("""
                    insert into notification (id, event_id, type, recipient, recipient_name, language, subject, status,
                        essential, attempts, next_attempt_at, created_at, workshop_id, registration_id, message_id,
                        payload)
                    select v.id, v.event_id, t.type, v.recipient, t.recipient_name, t.language, t.subject, 'PENDING',
                        t.essential, 0, now(), now(), t.workshop_id, gen_random_uuid(),
                        '<' || v.id || '@' || split_part(trim(both '<>' from t.message_id), '@', 2) || '>', t.payload
                    from notification t, unnest(?::uuid[], ?::text[], ?::text[]) as v(id, event_id, recipient)
                    where t.id = ?""")) {
                insert.setArray(1, connection.createArrayOf("uuid", ids));
                insert.setArray(2, connection.createArrayOf("text", eventIds));
                insert.setArray(3, connection.createArrayOf("text", addresses));
                insert.setObject(4, templateRow);
                if (insert.executeUpdate() != count) {
                    connection.rollback();
                    throw new IllegalStateException("inserting " + count + " ledger rows failed");
                }
            }
            connection.commit();
            committed = Instant.now();
        }
        Cpu cpu = Cpu.start();
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        Map<String, Object> progress = progress(run);
        while (((Number) progress.get("done")).longValue() < count && System.currentTimeMillis() < deadline) {
            Bench.sleep(500);
            progress = progress(run);
        }
        long sent = ((Number) progress.get("sent")).longValue();
        Map<String, Object> cpuFigures = cpu.stop(sent);
        Timestamp first = (Timestamp) progress.get("firstSentAt");
        Timestamp last = (Timestamp) progress.get("lastSentAt");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("input", "ledger rows inserted in SQL, PENDING and due, one transaction; found by the sender's sweep");
        result.put("inserted", count);
        result.put("sent", sent);
        result.put("failed", progress.get("failed"));
        result.put("pending", count - ((Number) progress.get("done")).longValue());
        result.put("attemptsAboveOne", progress.get("retried"));
        if (first != null && last != null && sent > 1) {
            double seconds = Duration.between(first.toInstant(), last.toInstant()).toNanos() / 1e9;
            result.put("seconds", round(seconds));
            result.put("emailsPerSecond", round((sent - 1) / seconds));
            result.put("commitToFirstSentMs", Duration.between(committed, first.toInstant()).toMillis());
            result.put("commitToLastSentSeconds", round(Duration.between(committed, last.toInstant()).toNanos() / 1e9));
        }
        result.putAll(cpuFigures);
        return result;
    }

    static Map<String, Object> progress(String run) throws Exception {
        return progress("event_id like ?", "bench:emails:" + run + ":%");
    }

    /** Counts by status, retries and the first and last sent_at of the ledger rows matching {@code where}. */
    static Map<String, Object> progress(String where, Object parameter) throws Exception {
        Map<String, Object> progress = new LinkedHashMap<>();
        try (Connection connection = Bench.db("convene_notification");
                var statement = connection.prepareStatement("select count(*), count(*) filter (where status = 'SENT'),"
                        + " count(*) filter (where status = 'FAILED'), count(*) filter (where status <> 'PENDING'),"
                        + " count(*) filter (where attempts > 1), min(sent_at), max(sent_at) from notification"
                        + " where " + where)) {
            statement.setObject(1, parameter);
            try (var rs = statement.executeQuery()) {
                rs.next();
                progress.put("rows", rs.getLong(1));
                progress.put("sent", rs.getLong(2));
                progress.put("failed", rs.getLong(3));
                progress.put("done", rs.getLong(4));
                progress.put("retried", rs.getLong(5));
                progress.put("firstSentAt", rs.getTimestamp(6));
                progress.put("lastSentAt", rs.getTimestamp(7));
            }
        }
        return progress;
    }

    /** A UUIDv7 (RFC 9562), like the ledger's own ids: time-ordered for the API's keyset pages. */
    static UUID uuidV7() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    // ---- CPU of the processes involved, from /proc

    /** utime + stime of notification-service, the infrastructure process and every postgres process, and the load. */
    record Cpu(long startedNanos, Map<String, Long> ticks, String loadBefore) {

        static Cpu start() {
            return new Cpu(System.nanoTime(), snapshot(), loadAverage());
        }

        Map<String, Object> stop(long emails) {
            Map<String, Long> now = snapshot();
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            Map<String, Object> perEmail = new LinkedHashMap<>();
            Map<String, Object> cores = new LinkedHashMap<>();
            for (Map.Entry<String, Long> entry : now.entrySet()) {
                Long before = ticks.get(entry.getKey());
                if (before != null && entry.getValue() >= 0 && before >= 0) {
                    double cpuMs = (entry.getValue() - before) * 1000.0 / TICKS_PER_SECOND;
                    perEmail.put(entry.getKey(), emails == 0 ? null : Math.round(cpuMs / emails * 100) / 100.0);
                    cores.put(entry.getKey(), Math.round(cpuMs / 1000 / seconds * 100) / 100.0);
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("cpuMsPerEmail", perEmail);
            result.put("coresBusy", cores);
            result.put("loadAverageBefore", loadBefore);
            result.put("loadAverageAfter", loadAverage());
            return result;
        }

        static Map<String, Long> snapshot() {
            Map<String, Long> ticks = new LinkedHashMap<>();
            Path pids = Bench.root().resolve(".convene/pids");
            ticks.put("notification-service", ticksOf(pidIn(pids.resolve("notification-service.pid"))));
            ticks.put("infrastructure (Kafka + GreenMail)", ticksOf(pidIn(pids.resolve("infrastructure.pid"))));
            long postgres = 0;
            try (var procs = Files.list(Paths.get("/proc"))) {
                for (Path proc : (Iterable<Path>) procs::iterator) {
                    String name = proc.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit) && "postgres".equals(comm(proc))) {
                        postgres += Math.max(0, ticksOf(name));
                    }
                }
            } catch (IOException e) {
                postgres = -1;
            }
            ticks.put("postgres (all processes)", postgres);
            return ticks;
        }

        static String pidIn(Path file) {
            try {
                return Files.readString(file).trim();
            } catch (IOException e) {
                return null;
            }
        }

        static String comm(Path proc) {
            try {
                return Files.readString(proc.resolve("comm")).trim();
            } catch (IOException e) {
                return null;
            }
        }

        /** utime + stime in clock ticks, or -1 when the process is not there. */
        static long ticksOf(String pid) {
            if (pid == null) {
                return -1;
            }
            try {
                String stat = Files.readString(Paths.get("/proc", pid, "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of stat
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        static String loadAverage() {
            try {
                String[] fields = Files.readString(Paths.get("/proc/loadavg")).split(" ");
                return fields[0] + " " + fields[1] + " " + fields[2];
            } catch (IOException e) {
                return "?";
            }
        }
    }
}
