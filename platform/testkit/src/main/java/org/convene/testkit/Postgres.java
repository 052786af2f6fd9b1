package org.convene.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The real PostgreSQL server the tests and the local stack use: {@code CONVENE_PG_HOST}, {@code CONVENE_PG_PORT},
 * {@code CONVENE_PG_USER}, {@code CONVENE_PG_PASSWORD} (defaults: 127.0.0.1, 5432, postgres, empty). {@code ./convene}
 * points these at an embedded server where no local one is reachable.
 */
public final class Postgres {

    private Postgres() {
    }

    public static String host() {
        return env("CONVENE_PG_HOST", "127.0.0.1");
    }

    public static int port() {
        return Integer.parseInt(env("CONVENE_PG_PORT", "5432"));
    }

    public static String user() {
        return env("CONVENE_PG_USER", "postgres");
    }

    public static String password() {
        return env("CONVENE_PG_PASSWORD", "");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates a new, empty database named after the prefix and returns its name. */
    public static String createTestDatabase(String prefix) {
        String name = (prefix + "_t_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + host() + ":" + port(), e);
        }
        return name;
    }

    /** Creates the database if it does not exist yet. */
    public static void ensureDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create database \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** Drops a database made by {@link #createTestDatabase}, closing its remaining connections. */
    public static void dropDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + name.replace("\"", "") + "\" with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
