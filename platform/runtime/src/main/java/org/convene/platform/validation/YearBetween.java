package org.convene.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date or time whose year (in its own offset; UTC for an {@code Instant}) lies in {@code min..max}, both included:
 * keeps values such as year 1 or -999999999, which parse but break calendars, arithmetic and storage, out.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = YearBetweenValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface YearBetween {

    int min();

    int max();

    String message() default "must be in the years {min} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
