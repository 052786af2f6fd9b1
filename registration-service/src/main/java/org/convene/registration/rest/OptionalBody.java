package org.convene.registration.rest;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An optional JSON body, read by hand: none (or a JSON null) is {@code absent}; what is given is validated. */
final class OptionalBody {

    private OptionalBody() {
    }

    static <T> T read(ObjectMapper mapper, Validator validator, String body, Class<T> type, Supplier<T> absent)
            throws JsonProcessingException {
        T read = body == null || body.isBlank() ? null : mapper.readValue(body, type);
        T request = read == null ? absent.get() : read;
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
