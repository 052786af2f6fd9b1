package org.convene.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.convene.testkit.Postgres;

/** A digest of every row of every table of the services' databases: equal digests, unchanged data. */
final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    static Map<String, String> of(ConveneSystem system) {
        Map<String, String> digests = new TreeMap<>();
        for (String database : system.databaseOf.values()) {
            try (Connection connection = DriverManager.getConnection(Postgres.jdbcUrl(database), Postgres.user(),
                    Postgres.password()); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                        + " and tablename <> 'flyway_schema_history' order by tablename")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = statement.executeQuery("select count(*), md5(coalesce(string_agg(md5(t::text),"
                            + " ',' order by md5(t::text)), '')) from \"" + table + "\" t")) {
                        rs.next();
                        digests.put(database + "." + table, rs.getLong(1) + ":" + rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("fingerprint of " + database, e);
            }
        }
        return digests;
    }

    /**
     * Waits until background work (event consumers, the mail and webhook senders, their retries) has settled: the
     * same digests for five seconds in a row. One quiet second was not enough: an earlier test's email retried a
     * few seconds later changed the ledger during the hostile-input run (seen once in six runs).
     */
    static Map<String, String> settled(ConveneSystem system, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> previous = of(system);
        int quietSeconds = 0;
        while (System.nanoTime() < deadline) {
            sleep(1_000);
            Map<String, String> current = of(system);
            quietSeconds = current.equals(previous) ? quietSeconds + 1 : 0;
            if (quietSeconds == 5) {
                return current;
            }
            previous = current;
        }
        throw new IllegalStateException("the databases kept changing for " + timeout);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
