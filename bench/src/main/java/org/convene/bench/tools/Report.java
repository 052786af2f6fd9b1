package org.convene.bench.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Writes {@code report.md} from what bench/run left in {@code <results>/data}: one table, each figure next to its
 * limit measured in the same run and its goal, then the detail tables (rush steps, footprint variants).
 */
public final class Report {

    private final Path data;
    private final StringBuilder md = new StringBuilder();
    private final List<String> notMet = new ArrayList<>();

    private Report(Path results) {
        this.data = results.resolve("data");
    }

    public static void main(String[] args) throws IOException {
        Path results = Paths.get(args[0]);
        Report report = new Report(results);
        String text = report.write(results.getFileName().toString());
        Files.writeString(results.resolve("report.md"), text);
        System.out.println(text);
    }

    private JsonNode json(String name) {
        try {
            Path file = data.resolve(name);
            return Files.exists(file) ? Bench.JSON.readTree(file.toFile()) : MissingNode.getInstance();
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private List<String[]> tsv(String name) {
        List<String[]> rows = new ArrayList<>();
        try {
            Path file = data.resolve(name);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        rows.add(line.split("\t", -1));
                    }
                }
            }
        } catch (IOException e) {
            // missing: reported as not measured
        }
        return rows;
    }

    private String text(String name) {
        try {
            Path file = data.resolve(name);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    static String ms(JsonNode latency, String percentile) {
        JsonNode value = latency.path(percentile);
        return value.isMissingNode() || value.isNull() ? "–" : fmt(value.asDouble()) + " ms";
    }

    static String p50p99(JsonNode latency) {
        if (latency.path("p50").isMissingNode()) {
            return "–";
        }
        return fmt(latency.path("p50").asDouble()) + " / " + fmt(latency.path("p99").asDouble()) + " ms";
    }

    static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private void row(String benchmark, String figure, String measured, String limit, String goal, Boolean met) {
        String verdict = met == null ? "" : met ? "✅ met" : "❌ not met";
        if (Boolean.FALSE.equals(met)) {
            notMet.add(benchmark + ": " + figure + " = " + measured + " (goal " + goal + ")");
        }
        md.append("| ").append(benchmark).append(" | ").append(figure).append(" | ").append(measured).append(" | ")
                .append(limit).append(" | ").append(goal).append(" | ").append(verdict).append(" |\n");
    }

    /** The summary rows of one rush (the plain one, or the one by city), against pgbench. */
    private void rushRows(String label, JsonNode rush, double pgTps, String pgLimit) {
        JsonNode health = rush.path("health").path("latencyMs");
        if (!rush.isMissingNode()) {
            int sustained = rush.path("highestSustainedRate").asInt();
            JsonNode best = MissingNode.getInstance();
            double peak = 0;
            long shed429 = 0;
            long shed503 = 0;
            long noAnswer = 0;
            for (JsonNode step : rush.path("steps")) {
                if (step.path("rate").asInt() == sustained) {
                    best = step;
                }
                peak = Math.max(peak, step.path("decisionsPerSecond").asDouble());
                shed429 += step.path("status429").asLong();
                shed503 += step.path("status503").asLong();
                noAnswer += step.path("noAnswer").asLong();
            }
            double decisions = best.path("decisionsPerSecond").asDouble(0);
            double goalRate = Double.isNaN(pgTps) ? Double.NaN : 1.5 * pgTps;
            row(label, "decisions/s at the highest sustained rate (p99 < 100 ms, ≥ 99 % 201)",
                    fmt(decisions) + "/s (offered " + sustained + "/s)", pgLimit,
                    "≥ 1.5 × pgbench" + (Double.isNaN(goalRate) ? "" : " = " + fmt(goalRate) + "/s"),
                    Double.isNaN(goalRate) ? null : decisions >= goalRate);
            row(label, "peak decisions/s (any step, any latency)", fmt(peak) + "/s", pgLimit, "–", null);
            row(label, "p50 / p99 at the highest sustained rate", p50p99(best.path("latencyMs")),
                    "GET /q/health/live same run: " + p50p99(health), "p99 < 100 ms",
                    best.isMissingNode() ? Boolean.FALSE : best.path("latencyMs").path("p99").asDouble() < 100);
            JsonNode drain = rush.path("drainSecondsAfterInjection");
            row(label, "shed beyond it: 429 / 503 / no answer" + (drain.isMissingNode() ? ""
                    : "; answers still arriving after the last user was injected"),
                    shed429 + " / " + shed503 + " / " + noAnswer + (drain.isMissingNode() ? "" : "; " + drain.asText()
                            + " s"), "–", "clean 429/503 instead of a growing queue",
                    shed429 + shed503 == 0 && sustained < rush.path("steps").get(rush.path("steps").size() - 1)
                            .path("rate").asInt() ? Boolean.FALSE : null);
            JsonNode db = rush.path("database");
            boolean overbooked = db.path("overbooked").asBoolean(true);
            row(label, "confirmed in the database (workshop " + shortId(rush.path("workshopId").asText())
                            + ")",
                    db.path("confirmedRows").asText("?") + " confirmed, " + db.path("waitlistedRows").asText("?")
                            + " waitlisted; counters " + (db.path("countersMatchRows").asBoolean() ? "match" : "DIFFER"),
                    "capacity " + db.path("capacity").asText("?"), "zero overbooking", !overbooked);
        } else {
            row(label, "not run", "–", pgLimit, "≥ 1.5 × pgbench, p99 < 100 ms", null);
        }
    }

    /** The step table of one rush. */
    private void rushSteps(String title, JsonNode rush, JsonNode health) {
        if (rush.isMissingNode()) {
            return;
        }
        md.append("\n## ").append(title).append(", step by step\n\n");
        md.append("Decisions/s: 201 answers that arrived during the step's window. ");
        md.append("One workshop, capacity ").append(rush.path("capacity").asText()).append(", waitlist on; open-model")
                .append(" injection, ").append(rush.path("stepSeconds").asText())
                .append(" s per step, unique emails, an Idempotency-Key on every sign-up. GET /q/health/live of the")
                .append(" same service ran beside it during the whole run: ").append(p50p99(health)).append(".\n\n");
        md.append("| offered | requests | 201 | 429 | 503 | no answer | other | decisions/s | p50 | p99 | max | sustained |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode step : rush.path("steps")) {
            JsonNode latency = step.path("latencyMs");
            md.append("| ").append(step.path("rate").asText()).append("/s | ").append(step.path("requests").asText())
                    .append(" | ").append(step.path("created201").asText()).append(" | ")
                    .append(step.path("status429").asText()).append(" | ").append(step.path("status503").asText())
                    .append(" | ").append(step.path("noAnswer").asText()).append(" | ")
                    .append(step.path("other").asText()).append(" | ")
                    .append(fmt(step.path("decisionsPerSecond").asDouble())).append(" | ")
                    .append(ms(latency, "p50")).append(" | ").append(ms(latency, "p99")).append(" | ")
                    .append(ms(latency, "max")).append(" | ").append(step.path("sustained").asBoolean() ? "yes" : "no")
                    .append(" |\n");
        }
    }

    String write(String stamp) {
        Map<String, String> machine = new LinkedHashMap<>();
        for (String line : text("machine.txt").split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                machine.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        md.append("# Convene benchmark report ").append(stamp).append("\n\n");
        md.append("Machine: ").append(machine.getOrDefault("cores", "?")).append(" cores, ")
                .append(machine.getOrDefault("memory", "?")).append("; ").append(machine.getOrDefault("java", "?"))
                .append("; PostgreSQL ").append(machine.getOrDefault("postgres", "?")).append(" (")
                .append(machine.getOrDefault("fsync", "?")).append("); commit ")
                .append(machine.getOrDefault("commit", "?"))
                .append(". Load generator, broker, database and services share the same 2 cores.\n\n");
        md.append("| benchmark | figure | measured | limit (same run) | goal | |\n");
        md.append("|---|---|---|---|---|---|\n");

        // ---- sign-up rush and pgbench
        JsonNode rush = json("signup-rush.json");
        String pgbench = text("pgbench.txt");
        double pgTps = find(pgbench, "tps = ([0-9.]+) \\(without initial connection time\\)");
        double pgLatency = find(pgbench, "latency average = ([0-9.]+) ms");
        String pgClients = findText(pgbench, "clients=([0-9]+)");
        String pgLimit = Double.isNaN(pgTps) ? "pgbench: not run"
                : "pgbench " + fmt(pgTps) + " tx/s (" + pgClients + " clients, one decision per transaction, avg "
                        + fmt(pgLatency) + " ms)";
        JsonNode health = rush.path("health").path("latencyMs");
        rushRows("Sign-up rush", rush, pgTps, pgLimit);
        JsonNode allocated = json("allocated-rush.json");
        if (!allocated.isMissingNode()) {
            rushRows("Rush by city", allocated, pgTps, pgLimit);
            JsonNode groups = allocated.path("groups");
            row("Rush by city", "groups over their limit (" + groups.path("groups").asText("?") + " cities, "
                            + allocated.path("questions").asText("?") + " questions answered)",
                    groups.path("overbookedGroups").asText("?") + "; group counters "
                            + (groups.path("countersMatchRows").asBoolean() ? "match" : "DIFFER"),
                    "each city's limit " + groups.path("seatsPerGroup").asText("?"), "zero overbooking per group",
                    groups.path("overbookedGroups").asInt(-1) == 0 && groups.path("countersMatchRows").asBoolean());
        }

        // ---- event lag
        JsonNode lag = json("event-lag.json");
        if (!lag.isMissingNode()) {
            JsonNode broker = lag.path("brokerProduceToConsumeMs");
            String brokerText = "broker produce→consume: " + p50p99(broker);
            row("Event lag", "commit → event consumed (p50 / p99)", p50p99(lag.path("commitToEventMs")), brokerText,
                    "–", null);
            row("Event lag", "event → email accepted by SMTP (p50 / p99)", p50p99(lag.path("eventToEmailMs")), "–",
                    "–", null);
            JsonNode e2e = lag.path("commitToEmailMs");
            boolean complete = lag.path("missingEvents").asInt() == 0 && lag.path("missingEmails").asInt() == 0;
            row("Event lag", "commit → email, end to end (p50 / p99), " + lag.path("answered201").asText() + " sign-ups at "
                    + lag.path("rate").asText() + "/s", p50p99(e2e)
                    + (complete ? "" : " (missing: " + lag.path("missingEvents").asText() + " events, "
                            + lag.path("missingEmails").asText() + " emails)"),
                    brokerText, "p99 < 250 ms", e2e.path("p99").isMissingNode() ? Boolean.FALSE
                            : complete && e2e.path("p99").asDouble() < 250);
            JsonNode hook = lag.path("commitToWebhookMs");
            boolean hooksComplete = lag.path("missingWebhooks").asInt() == 0;
            row("Event lag", "commit → webhook 2xx at a local receiver (p50 / p99)", p50p99(hook)
                    + (hooksComplete ? "" : " (missing: " + lag.path("missingWebhooks").asText() + ")"), brokerText,
                    "p99 < 250 ms", hook.path("p99").isMissingNode() ? Boolean.FALSE
                            : hooksComplete && hook.path("p99").asDouble() < 250);
        } else {
            row("Event lag", "not run", "–", "–", "p99 < 250 ms", null);
        }

        // ---- email rate
        JsonNode emails = json("emails.json");
        if (!emails.isMissingNode()) {
            JsonNode service = emails.path("service");
            JsonNode sink = emails.path("sink");
            double rate = service.path("emailsPerSecond").asDouble(Double.NaN);
            boolean once = emails.path("inboxes").path("exactlyOnce").asBoolean(false)
                    && service.path("pending").asLong(-1) == 0 && service.path("failed").asLong(-1) == 0;
            row("Email rate", emails.path("count").asText() + " due ledger rows sent by notification-service (first →"
                    + " last sent_at; " + service.path("cpuMsPerEmail").path("notification-service").asText("?")
                    + " ms CPU per email; load " + service.path("loadAverageBefore").asText("?") + ")",
                    fmt(rate) + "/s" + (once ? ", each exactly once" : " (NOT exactly once: " + emails.path("inboxes")
                            + ", pending " + service.path("pending").asText() + ")"),
                    "SMTP sink raw: " + fmt(sink.path("emailsPerSecond").asDouble(Double.NaN)) + "/s ("
                            + sink.path("client").asText("?") + ")",
                    "≥ 500/s", Double.isNaN(rate) ? Boolean.FALSE : once && rate >= 500);
        } else {
            row("Email rate", "not run", "–", "–", "≥ 500/s", null);
        }

        // ---- a city network's invitation round
        JsonNode invitations = json("invitations.json");
        if (!invitations.isMissingNode()) {
            JsonNode service = invitations.path("service");
            double rate = service.path("emailsPerSecond").asDouble(Double.NaN);
            boolean once = invitations.path("inboxes").path("exactlyOnce").asBoolean(false)
                    && service.path("notDone").asLong(-1) == 0 && service.path("failed").asLong(-1) == 0
                    && service.path("sent").asLong(-1) == invitations.path("people").asLong(-2);
            row("Invitations", "one POST /invitations of " + invitations.path("cities").asText() + " cities' members:"
                    + " invitations created, time to the answer",
                    invitations.path("created").asText() + " in " + invitations.path("createMillis").asText() + " ms",
                    "–", "all " + invitations.path("people").asText(),
                    invitations.path("created").asLong(-1) == invitations.path("people").asLong(-2));
            row("Invitations", "invitation emails accepted by SMTP (first → last sent_at; answer → last email "
                    + service.path("answerToLastSentSeconds").asText("?") + " s)",
                    fmt(rate) + "/s" + (once ? ", each exactly once" : " (NOT exactly once: "
                            + invitations.path("inboxes") + ", not done " + service.path("notDone").asText() + ")"),
                    "SMTP sink raw, same addresses: "
                            + fmt(invitations.path("sink").path("emailsPerSecond").asDouble(Double.NaN)) + "/s",
                    "≥ 500/s, each once", Double.isNaN(rate) ? Boolean.FALSE : once && rate >= 500);
        } else {
            row("Invitations", "not run", "–", "–", "≥ 500/s, each once", null);
        }

        // ---- the portal's pages
        JsonNode portal = json("portal-pages.json");
        if (!portal.isMissingNode()) {
            JsonNode requests = portal.path("requests");
            String rate = portal.path("rate").asText();
            row("Portal", "workshop page GET /workshops/{id} at " + rate + "/s (p50 / p99; answers "
                    + requests.path("portal GET /workshops/{id}").path("statuses") + ")",
                    p50p99(requests.path("portal GET /workshops/{id}").path("latencyMs")),
                    "portal /q/health/live: " + p50p99(requests.path("portal GET /q/health/live").path("latencyMs"))
                            + "; API GET /workshops/{id}: "
                            + p50p99(requests.path("API GET /workshops/{id}").path("latencyMs")),
                    "–", null);
            row("Portal", "sign-up through the portal form at " + portal.path("signUpRate").asText()
                    + "/s (POST, p50 / p99; answers " + requests.path("portal POST /workshops/{id}").path("statuses")
                    + ")", p50p99(requests.path("portal POST /workshops/{id}").path("latencyMs")),
                    "API POST /registrations at the same rate: "
                            + p50p99(requests.path("API POST /workshops/{id}/registrations").path("latencyMs")),
                    "–", null);
        } else {
            row("Portal", "not run", "–", "–", "–", null);
        }

        // ---- roster export
        JsonNode roster = json("roster-export.json");
        if (!roster.isMissingNode()) {
            JsonNode requests = roster.path("requests");
            String copy = "COPY to CSV in PostgreSQL: " + roster.path("copyLimit").path("medianMs").asText("?")
                    + " ms; GET /q/health/live: " + p50p99(requests.path("GET /q/health/live").path("latencyMs"));
            for (String format : new String[] {"csv", "xlsx"}) {
                JsonNode one = requests.path("roster " + format);
                JsonNode check = roster.path("check " + format);
                String statuses = one.path("statuses").toString();
                row("Roster export", format.toUpperCase(Locale.ROOT) + " of " + roster.path("rows").asText()
                        + " registrations (p50 / p99; answers " + statuses + ")",
                        p50p99(one.path("latencyMs")) + ("csv".equals(format) && check.has("lines")
                                ? "; " + check.path("lines").asText() + " lines" : ""),
                        copy, "–", null);
            }
        } else {
            row("Roster export", "not run", "–", "–", "–", null);
        }

        // ---- directory reads
        JsonNode reads = json("directory-reads.json");
        if (!reads.isMissingNode()) {
            JsonNode requests = reads.path("requests");
            String healthText = "GET /q/health/live at the same rate: "
                    + p50p99(requests.path("GET /q/health/live").path("latencyMs"));
            for (String name : new String[] {"GET /members/{id}", "GET /members?cityId&q"}) {
                JsonNode one = requests.path(name);
                row("Directory reads", name + " at " + reads.path("rate").asText() + "/s (p50 / p99; answers "
                        + one.path("statuses").toString() + ")", p50p99(one.path("latencyMs")), healthText, "–", null);
            }
        } else {
            row("Directory reads", "not run", "–", "–", "–", null);
        }

        // ---- footprint
        List<String[]> footprint = tsv("footprint.tsv");
        Map<String, String> rss = new LinkedHashMap<>();
        for (String[] r : tsv("rss-after-rush.tsv")) {
            rss.put(r[0], r[1]);
        }
        Map<String, String[]> launched = new LinkedHashMap<>();
        Map<String, String[]> before = new LinkedHashMap<>();
        for (String[] r : footprint) {
            if (r[0].equals("service") || r[2].equals("-1") || r[2].isEmpty()) {
                continue;
            }
            if (r[1].startsWith("launcher")) {
                launched.put(r[0], r);
            } else if (r[1].equals("jdk17-xmx384")) {
                before.put(r[0], r);
            }
        }
        for (String service : new String[] {"directory-service", "registration-service", "notification-service"}) {
            String[] now = launched.get(service);
            String[] old = before.get(service);
            if (now != null) {
                long ms = Long.parseLong(now[2]);
                row("Footprint", service + ": start → first DB-backed answer, as ./convene launches it ("
                        + now[1] + ")", ms + " ms (Quarkus 'started in' " + now[3] + " s)",
                        old == null ? "–" : "the launch line before: " + old[2] + " ms ('started in' " + old[3]
                                + " s)", "≤ 1.5 s", ms <= 1500);
            }
            String after = rss.get(service);
            if (after != null) {
                boolean ok = !after.equals("-") && Long.parseLong(after) <= 200;
                row("Footprint", service + ": RSS after the rush", after + " MiB",
                        now == null ? "–" : "RSS at first answer (launcher): " + now[4] + " MiB", "≤ 200 MB",
                        after.equals("-") ? null : ok);
            }
        }

        // ---- details
        rushSteps("Sign-up rush", rush, health);
        rushSteps("Rush by city (seat allocation, questions)", allocated, allocated.path("health").path("latencyMs"));
        if (!footprint.isEmpty()) {
            md.append("\n## Footprint, every variant\n\n");
            md.append("A second instance of each service, started beside the running stack with the launcher's own")
                    .append(" environment and command line (port 1808x), timed from exec to the first 200 of a")
                    .append(" database-backed GET (cities, workshops, notifications), RSS read then. Archives and caches")
                    .append(" come from one training run each (start, first answer, stop).\n\n");
            md.append("| service | variant | start → first DB answer | Quarkus 'started in' | RSS then |\n|---|---|---|---|---|\n");
            for (String[] r : footprint) {
                if (!r[0].equals("service")) {
                    md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ")
                            .append(r[2].equals("-1") ? "did not answer" : r[2] + " ms").append(" | ").append(r[3])
                            .append(" s | ").append(r[4]).append(" MiB |\n");
                }
            }
        }
        if (!lag.isMissingNode()) {
            md.append("\n## Event lag, detail\n\n");
            md.append("Times: ").append(lag.path("times").asText()).append(". Sign-up answer ")
                    .append(p50p99(lag.path("signUpAnswerMs"))).append("; answer → event ")
                    .append(p50p99(lag.path("answerToEventMs"))).append("; broker probe ")
                    .append(lag.path("brokerProduceToConsumeMs").path("count").asText()).append(" messages, ")
                    .append(p50p99(lag.path("brokerProduceToConsumeMs"))).append(".\n");
        }
        md.append("\n## Goals not met\n\n");
        if (notMet.isEmpty()) {
            md.append("None.\n");
        } else {
            for (String line : notMet) {
                md.append("- ").append(line).append("\n");
            }
        }
        md.append("\n").append(bothRushes(rush, allocated, pgTps)).append("\n");
        md.append("\nGatling's HTML reports: `gatling/<Simulation>/index.html` beside this file; raw figures in `data/`.\n");
        return md.toString();
    }

    /** The closing note: both rushes' sustained decisions/s beside pgbench of the same run. */
    static String bothRushes(JsonNode rush, JsonNode allocated, double pgTps) {
        return "Rushes: plain " + sustainedDecisions(rush) + ", by city (seat allocation, questions) "
                + sustainedDecisions(allocated) + "; pgbench " + (Double.isNaN(pgTps) ? "not run" : fmt(pgTps) + " tx/s")
                + ".";
    }

    private static String sustainedDecisions(JsonNode rush) {
        if (rush.isMissingNode()) {
            return "not run";
        }
        int sustained = rush.path("highestSustainedRate").asInt();
        for (JsonNode step : rush.path("steps")) {
            if (step.path("rate").asInt() == sustained) {
                return fmt(step.path("decisionsPerSecond").asDouble()) + " decisions/s sustained";
            }
        }
        return "no step sustained";
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    static double find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static String findText(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }
}
