package org.convene.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/** Database refusals reach the client as what they mean, read from the cause chain. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aLostDatabaseConnectionIsA503WithRetryAfter() {
        Response response = mappers.unexpected(new PersistenceException(
                new org.hibernate.exception.JDBCConnectionException("lost", new SQLException("closed", "08006"))),
                null);
        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
        assertEquals(503, ((Problem) response.getEntity()).status());
    }

    @Test
    void aServerShuttingDownIsA503() {
        Response response = mappers.unexpected(new RuntimeException(new SQLException("terminating", "57P01")), null);
        assertEquals(503, response.getStatus());
    }

    @Test
    void aUniqueIndexIsA409AndAnUnstorableValueA400() {
        assertEquals(409, mappers.unexpected(new PersistenceException(
                new org.hibernate.exception.ConstraintViolationException("dup", new SQLException("dup", "23505"),
                        "member_email")), null).getStatus());
        assertEquals(400, mappers.unexpected(new PersistenceException(
                new org.hibernate.exception.DataException("nul", new SQLException("nul", "22021"))), null)
                .getStatus());
    }

    @Test
    void anythingElseIsA500WithoutInternals() {
        Response response = mappers.unexpected(new IllegalStateException("secret internals"), null);
        assertEquals(500, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertEquals(false, problem.detail().contains("secret internals"));
    }
}
