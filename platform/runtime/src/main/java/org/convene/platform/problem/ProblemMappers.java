package org.convene.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Renders every failure as {@code application/problem+json}. Bad input is a 4xx naming what is wrong; anything
 * unexpected is a 500 with an error id that is also in the log, never a stack trace or an internal class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors(), e.headers());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return respond(400, "validation", "Invalid input", detail, uri, errors, Map.of());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(400, "validation", "Invalid input", "unknown field " + field, uri,
                List.of(new Problem.FieldError(field, "unknown field")), Map.of());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = "cannot be read as " + simpleTypeName(e.getTargetType()) + ": " + e.getValue();
        return respond(400, "validation", "Invalid input", field + " " + message, uri,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = "must be " + describe(e.getTargetType());
        if (field.isEmpty()) {
            return respond(400, "malformed-body", "Malformed request body",
                    "the body must be a JSON object", uri, null, Map.of());
        }
        return respond(400, "validation", "Invalid input", field + " " + message, uri,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(400, "malformed-body", "Malformed request body",
                "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")",
                uri, null, Map.of());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(400, "malformed-body", "Malformed request body",
                field.isEmpty() ? "the body cannot be read" : field + " cannot be read", uri, null, Map.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return notAuthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return notAuthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "this operation needs the organiser role", uri, null,
                Map.of());
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return respond(409, "concurrent-update", "Concurrent update",
                "the resource was changed by another request; read it again and retry", uri, null, Map.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (cause instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "none of the accepted media types can be produced";
            case 415 -> "unsupported content type";
            case 413 -> "the request body is too large";
            default -> title;
        };
        return respond(status, slug(title), title, detail, uri, null, Map.of());
    }

    /**
     * Everything else. Database refusals arrive wrapped (by the persistence layer or by the transaction commit), so
     * the cause chain is read: a unique index saying no is a 409, a value the database cannot store (such as a NUL
     * character) a 400, a concurrent version change a 409. Anything left is a 500 with an error id.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                LOG.debugf("constraint %s violated on %s", violation.getConstraintName(), path(uri));
                return respond(409, "conflict", "Conflict", "this conflicts with an existing resource", uri, null,
                        Map.of());
            }
            if (cause instanceof org.hibernate.exception.DataException) {
                return respond(400, "validation", "Invalid input",
                        "a value cannot be stored (for example a NUL character or an out-of-range number)", uri,
                        null, Map.of());
            }
            if (cause instanceof OptimisticLockException
                    || cause instanceof org.hibernate.StaleObjectStateException) {
                return concurrentUpdate(null, uri);
            }
            if (isDatabaseUnavailable(cause)) {
                LOG.warnf("Database unavailable on %s: %s", path(uri), cause.toString());
                return respond(503, "unavailable", "Service unavailable",
                        "the database cannot be reached right now; retry in a moment (with the same Idempotency-Key"
                                + " where the operation takes one)",
                        uri, null, Map.of("Retry-After", "2"));
            }
            if (isDatabaseBusy(cause)) {
                LOG.warnf("Database busy on %s: %s", path(uri), cause.toString());
                return respond(503, "overloaded", "Service busy",
                        "no database connection or lock could be had in time; retry in a second (with the same"
                                + " Idempotency-Key where the operation takes one)",
                        uri, null, Map.of("Retry-After", "1"));
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return respond(500, "internal", "Internal error",
                "the request could not be completed; quote error id " + errorId + " when reporting it", uri, null,
                Map.of());
    }

    /** A lost or refused database connection (SQLSTATE class 08, or the server shutting down: 57P0x). */
    private static boolean isDatabaseUnavailable(Throwable cause) {
        if (cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof java.sql.SQLTransientConnectionException
                || cause instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0");
        }
        return false;
    }

    /**
     * A bound reached: no pooled connection within {@code quarkus.datasource.jdbc.acquisition-timeout} (Agroal says so
     * only in its message), a statement cancelled by a time-out (57014) or a lock not granted in time (55P03).
     */
    private static boolean isDatabaseBusy(Throwable cause) {
        if (!(cause instanceof java.sql.SQLException sql)) {
            return false;
        }
        if (sql.getSQLState() == null) {
            return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return sql.getSQLState().equals("57014") || sql.getSQLState().equals("55P03");
    }

    private static String path(UriInfo uri) {
        return uri == null ? "?" : uri.getPath();
    }

    private Response notAuthenticated(UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required (Authorization: Bearer <JWT>)", uri, null,
                Map.of("WWW-Authenticate", "Bearer"));
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors, Map<String, String> headers) {
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail,
                uri == null ? null : uri.getPath(), errors == null || errors.isEmpty() ? null : errors);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        headers.forEach(response::header);
        return response.build();
    }

    /** {@code create.body.countryCode} → {@code countryCode}; a whole parameter keeps its own name. */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                case PROPERTY -> {
                    // an element of a list: its index belongs to the list (questions[2].key, not questions.key[2])
                    if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    names.add(node.getName());
                }
                default -> names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]"
                        : node.getName());
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", names);
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a " + simpleTypeName(type);
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == UUID.class) {
            return "UUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "RFC 3339 date-time";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
