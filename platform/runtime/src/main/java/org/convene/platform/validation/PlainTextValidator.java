package org.convene.platform.validation;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; the message names the first offending character by its code point. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final Set<Character.UnicodeScript> NO_JOINERS = Set.of(Character.UnicodeScript.COMMON,
            Character.UnicodeScript.INHERITED, Character.UnicodeScript.UNKNOWN, Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC);

    private boolean multiline;
    private boolean joiners;

    @Override
    public void initialize(PlainText constraint) {
        multiline = constraint.multiline();
        joiners = constraint.joiners();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        int offence = firstOffence(value, multiline, joiners);
        if (offence < 0) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must not contain control or invisible formatting characters"
                + " (found " + codePoint(Character.codePointAt(value, offence)) + " at position " + offence + ")")
                .addConstraintViolation();
        return false;
    }

    /** The index of the first character {@link PlainText} refuses, or -1 when there is none (or no value). */
    public static int firstOffence(CharSequence value, boolean multiline, boolean joiners) {
        if (value == null) {
            return -1;
        }
        int previous = -1;
        for (int i = 0; i < value.length();) {
            int c = Character.codePointAt(value, i);
            int next = i + Character.charCount(c);
            if (!allowed(c, previous, next < value.length() ? Character.codePointAt(value, next) : -1, multiline,
                    joiners)) {
                return i;
            }
            previous = c;
            i = next;
        }
        return -1;
    }

    private static boolean allowed(int c, int previous, int next, boolean multiline, boolean joiners) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
                return multiline && (c == '\n' || c == '\r' || c == '\t');
            case Character.FORMAT:
                return joiners && (c == ZWNJ || c == ZWJ) && joinsWord(previous, next);
            case Character.SURROGATE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** A joiner inside a word (between letters or their marks) of one script that is written with joiners. */
    private static boolean joinsWord(int previous, int next) {
        if (!isLetterOrMark(previous) || !isLetterOrMark(next)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(previous);
        return script == Character.UnicodeScript.of(next) && !NO_JOINERS.contains(script);
    }

    private static boolean isLetterOrMark(int c) {
        if (c < 0) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static String codePoint(int c) {
        return "U+" + String.format(Locale.ROOT, "%04X", c);
    }
}
