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
 * Text a person typed, without the characters that change how other text is shown or parsed: control characters
 * (CR, LF, NUL, ESC, ...; tab and line breaks are allowed where {@link #multiline()}), format characters (bidi
 * overrides such as U+202E, zero-width spaces, the byte-order mark, soft hyphens) and unpaired surrogates. The
 * zero-width (non-)joiners U+200C/U+200D are part of how some scripts are written (Bengali, Persian, ...), so they
 * are allowed between two letters of such a script when {@link #joiners()} is true, never next to Latin, Greek or
 * Cyrillic letters, digits or symbols. {@code null} is valid (use {@code @NotNull} to require a value).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "must not contain control or invisible formatting characters";

    /** Allows tab, LF and CR (a description, the body of a message). */
    boolean multiline() default false;

    /** Allows U+200C/U+200D inside a word of a script that needs them; false for identifiers such as emails. */
    boolean joiners() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
