package org.convene.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Holds a workshop's row lock from the test, the way a long decision would: sign-ups sent meanwhile queue up behind
 * it, so a test can line up a whole group before letting it be decided.
 */
final class WorkshopLock implements AutoCloseable {

    private final Connection connection;

    private WorkshopLock(Connection connection) {
        this.connection = connection;
    }

    static WorkshopLock hold(String workshopId) throws SQLException {
        Connection connection = Fixtures.dataSource().getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("select id from workshop where id = ? for update")) {
            lock.setObject(1, UUID.fromString(workshopId));
            lock.executeQuery().close();
        }
        return new WorkshopLock(connection);
    }

    /** Waits (up to 30 s) until {@code current} reaches {@code expected}, then a little more for stragglers. */
    static void awaitCount(IntSupplier current, int expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (current.getAsInt() < expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("only " + current.getAsInt() + " of " + expected + " arrived in 30 s");
            }
            Fixtures.sleep(20);
        }
        Fixtures.sleep(300);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
