package org.convene.platform.validation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link YearBetween} on any date or time that has a year (OffsetDateTime, LocalDate, Instant, ...). */
public class YearBetweenValidator implements ConstraintValidator<YearBetween, TemporalAccessor> {

    private int min;
    private int max;

    @Override
    public void initialize(YearBetween constraint) {
        min = constraint.min();
        max = constraint.max();
    }

    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
        if (!dated.isSupported(ChronoField.YEAR)) {
            return false;
        }
        int year = dated.get(ChronoField.YEAR);
        return year >= min && year <= max;
    }
}
