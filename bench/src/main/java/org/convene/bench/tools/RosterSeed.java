package org.convene.bench.tools;

import java.io.OutputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;

/**
 * Seeds a roster in SQL: {@code rows} CONFIRMED registrations of one (published, capacity = rows) workshop, with the
 * workshop's counter set to match, in one transaction. No outbox rows: these registrations send no events and no
 * emails (the roster benchmark measures the export, not the sign-up).
 */
public final class RosterSeed {

    private RosterSeed() {
    }

    public static Map<String, Object> insert(UUID workshop, int rows) {
        long started = System.nanoTime();
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Bench.db("convene_registration")) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("""
                    insert into registration (id, workshop_id, status, waitlist_position, full_name, email, city_id,
                        organisation, member_id, answers, manage_token_hash, manage_token_sealed, registered_at,
                        confirmed_at)
                    select gen_random_uuid(), w.id, 'CONFIRMED', null, 'Roster Attendee ' || g,
                        'roster-' || ? || '-' || g || '@bench.example', w.host_city_id,
                        'Organisation ' || (g % 50), null, jsonb_build_object('dietary', 'vegetarian', 'role', 'planner'),
                        md5(w.id::text || g) || md5(g::text || ?), 'bench-sealed-' || g,
                        now() - make_interval(secs => ? - g), now() - make_interval(secs => ? - g)
                    from workshop w, generate_series(1, ?) g where w.id = ?""");
                    var counters = connection.prepareStatement(
                            "update workshop set confirmed_count = ? where id = ? and capacity >= ?")) {
                insert.setString(1, run);
                insert.setString(2, run);
                insert.setInt(3, rows);
                insert.setInt(4, rows);
                insert.setInt(5, rows);
                insert.setObject(6, workshop);
                int inserted = insert.executeUpdate();
                counters.setInt(1, rows);
                counters.setObject(2, workshop);
                counters.setInt(3, rows);
                if (counters.executeUpdate() != 1 || inserted != rows) {
                    connection.rollback();
                    throw new IllegalStateException("seeding " + rows + " rows into " + workshop + " failed");
                }
            }
            connection.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("seeding the roster in SQL failed", e);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("method", "SQL insert ... select from generate_series (one transaction)");
        result.put("rows", rows);
        result.put("seconds", Math.round((System.nanoTime() - started) / 1e6) / 1000.0);
        return result;
    }

    /** The limit: the same rows as CSV straight from PostgreSQL (COPY TO STDOUT), median of 5, in ms. */
    public static Map<String, Object> copyTime(UUID workshop) {
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        try (Connection connection = Bench.db("convene_registration")) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy (select r.id, r.status, r.waitlist_position, r.full_name, r.email, r.organisation,"
                    + " r.city_id, r.registered_at, r.checked_in_at, r.answers from registration r"
                    + " where r.workshop_id = '" + workshop + "' and r.status <> 'CANCELLED' order by r.id)"
                    + " to stdout with (format csv, header)";
            for (int i = 0; i < 5; i++) {
                long[] counted = {0};
                OutputStream sink = new OutputStream() {
                    @Override
                    public void write(int b) {
                        counted[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        counted[0] += len;
                    }
                };
                long started = System.nanoTime();
                copy.copyOut(sql, sink);
                times.add((System.nanoTime() - started) / 1e6);
                bytes = counted[0];
            }
        } catch (Exception e) {
            return Map.of("error", e.toString());
        }
        Collections.sort(times);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("what", "COPY (select the roster's rows) TO STDOUT CSV, median of 5");
        result.put("medianMs", Math.round(times.get(times.size() / 2) * 10) / 10.0);
        result.put("bytes", bytes);
        return result;
    }
}
