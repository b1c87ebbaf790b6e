package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ScenarioSpec;

/**
 * Turns Jackson's exceptions into {@link Problem}s a scenario author can act on: short
 * messages in the file's own terms, at the line and column of the offending key or value.
 */
final class BindingErrors {

    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'.*", Pattern.DOTALL);

    private static final Map<String, String> TYPE_WORDS = Map.of(
            "double", "a number", "java.lang.Double", "a number", "int", "a whole number",
            "java.lang.Integer", "a whole number", "long", "a whole number", "java.lang.Long", "a whole number",
            "java.lang.String", "a text", "java.lang.Boolean", "true or false", "java.time.LocalDate",
            "a date such as 2026-01-01");

    private BindingErrors() {
    }

    /** The problem {@code e} describes; {@code index} may be null if the file was never fully read. */
    static Problem problem(JsonProcessingException e, LocationIndex index, String file) {
        if (e instanceof JsonMappingException mapping && index != null) {
            String pointer = pointer(mapping.getPath());
            String message = message(mapping);
            boolean unknownKey = e instanceof UnrecognizedPropertyException || e instanceof UnknownNameException;
            LocationIndex.Position at = unknownKey ? index.key(pointer)
                    : e instanceof ValueInstantiationException ? index.fieldNamedIn(pointer, message)
                    : index.value(pointer);
            return new Problem(at.file(), at.line(), at.column(), message);
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return new Problem(file, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1,
                    "YAML syntax: " + yaml.getProblem());
        }
        if (e instanceof StreamConstraintsException) {
            return new Problem(file, line, column, "the file exceeds a size limit: " + e.getOriginalMessage());
        }
        String message = e instanceof JsonMappingException mapping ? message(mapping) : syntax(e);
        return new Problem(file, line, column, message);
    }

    private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((.*)\\) out of range.*", Pattern.DOTALL);

    /** A whole number too large for its field (a seed past a long, a count past an int), in words. */
    private static String outOfRange(String field, String value, boolean isLong) {
        return field + Hints.shorten(value) + " is too large a whole number here; it must be from "
                + (isLong ? Long.MIN_VALUE : Integer.MIN_VALUE) + " to " + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
    }

    private static final Pattern NON_FINITE = Pattern.compile(
            "(?:Malformed numeric value|Non-standard token) '([^']*)'.*", Pattern.DOTALL);

    /**
     * A parser's complaint in plain words, without the parser's location suffix ("at [Source: ...")
     * or advice to enable parser features: {@code .nan}, {@code .inf} and JSON {@code NaN} are
     * numbers gigasim refuses, not syntax to enable.
     */
    static String syntax(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        Matcher nonFinite = NON_FINITE.matcher(original);
        if (nonFinite.matches()) {
            return "'" + Hints.shorten(nonFinite.group(1)) + "' is not a finite number; write a plain number such as"
                    + " 1.5 (NaN and infinities are not allowed)";
        }
        int cut = original.indexOf("\n at [Source");
        return "syntax: " + (cut < 0 ? original : original.substring(0, cut));
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown && unknown.getPropertyName().equals("step")
                && unknown.getReferringClass() == ScenarioSpec.class) {
            return "'step' is no longer a scenario field: the world now decides routing whenever demand, capacity, a "
                    + "contract or a clause changes, so there is no routing step; delete this line";
        }
        if (e instanceof UnrecognizedPropertyException unknown && unknown.getPropertyName().equals("funding_usd")
                && unknown.getReferringClass() == LabSpec.class) {
            return "'funding_usd' (a lifetime cap on commitments) is no longer a lab field: a lab now holds cash;"
                    + " write finance: {cash_usd: ..., funding_rounds: [{on: DATE, usd: ...}]} instead (see docs/model.md,"
                    + " Lab cash), or delete the line for unlimited money";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = names(unknown.getKnownPropertyIds());
            String hint = Hints.didYouMean(unknown.getPropertyName(), known);
            return "unknown field '" + unknown.getPropertyName() + "'"
                    + (hint.isEmpty() ? "; known fields: " + String.join(", ", known) : hint);
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause.getMessage();
        }
        String original = e.getOriginalMessage();
        Matcher range = OUT_OF_RANGE.matcher(original);
        if (range.matches()) {
            return outOfRange(field(e), range.group(1), original.contains("out of range of long"));
        }
        Matcher missing = MISSING.matcher(original);
        if (missing.matches()) {
            return "missing required field '" + missing.group(1) + "'";
        }
        if (e instanceof InvalidFormatException invalid) {
            String impossible = impossibleDate(invalid);
            return field(e) + (impossible != null ? impossible
                    : "expected " + words(invalid.getTargetType()) + ", but found '" + invalid.getValue() + "'");
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                && (original.startsWith("Cannot ") || TYPE_WORDS.containsKey(mismatched.getTargetType().getName()))) {
            return field(e) + "expected " + words(mismatched.getTargetType());
        }
        return original;
    }

    /**
     * Why a value written as a date (YYYY-MM-DD) is none, in the calendar's words ("Invalid date
     * 'February 29' as '2026' is not a leap year"), or null if it is not written as a date.
     */
    private static String impossibleDate(InvalidFormatException e) {
        if (e.getTargetType() != java.time.LocalDate.class || !(e.getValue() instanceof String text)
                || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            java.time.LocalDate.parse(text);
            return null;
        } catch (java.time.format.DateTimeParseException p) {
            String why = p.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "");
            return "'" + text + "' is not a date: " + why;
        }
    }

    private static String field(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        String name = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
        return name == null ? "" : name + ": ";
    }

    private static String words(Class<?> type) {
        String word = TYPE_WORDS.get(type.getName());
        if (word != null) {
            return word;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type.isRecord() || Map.class.isAssignableFrom(type) || type.isInterface() ? "a map" : "a " + type.getSimpleName();
    }

    private static List<String> names(Collection<Object> ids) {
        return ids == null ? List.of() : ids.stream().map(String::valueOf).collect(Collectors.toList());
    }

    /** The JSON pointer of a Jackson path, such as {@code /contracts/2/mw}. */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}
