package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.spec.Limits;

/**
 * Reads a distribution: a bare number (fixed), or a one-key map naming the kind, such as
 * {@code {lognormal: {median: 90, sigma: 0.5}}}, {@code {fixed: 3}} or {@code {empirical: [1, 2, 5]}}.
 */
final class DistributionDeserializer extends StdDeserializer<Distribution> {

    /** The record each parameterised kind binds to; fixed and empirical take a number and a list. */
    static final Map<String, Class<? extends Distribution>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("fixed", Distribution.Fixed.class);
        KINDS.put("exponential", Distribution.Exponential.class);
        KINDS.put("uniform", Distribution.Uniform.class);
        KINDS.put("normal", Distribution.Normal.class);
        KINDS.put("lognormal", Distribution.LogNormal.class);
        KINDS.put("gamma", Distribution.Gamma.class);
        KINDS.put("weibull", Distribution.Weibull.class);
        KINDS.put("triangular", Distribution.Triangular.class);
        KINDS.put("empirical", Distribution.Empirical.class);
    }

    private static final String SHAPE = "a distribution is a number or a one-key map such as "
            + "{exponential: {mean: 720}}; kinds: " + String.join(", ", KINDS.keySet());

    DistributionDeserializer() {
        super(Distribution.class);
    }

    @Override
    public Distribution deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken().isNumeric()) {
            return fixed(p, p.getDoubleValue());
        }
        if (p.currentToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
            throw JsonMappingException.from(p, SHAPE);
        }
        String kind = p.currentName();
        if (!KINDS.containsKey(kind)) {
            throw new UnknownNameException(p, kind, "unknown distribution '" + kind + "'"
                    + Hints.didYouMean(kind, KINDS.keySet()) + "; kinds: " + String.join(", ", KINDS.keySet()));
        }
        p.nextToken();
        Distribution distribution;
        try {
            distribution = bounded(p, parameters(kind, p, ctxt));
        } catch (JsonMappingException e) {
            throw withPath(e, kind);
        }
        if (p.nextToken() != JsonToken.END_OBJECT) {
            throw withPath(JsonMappingException.from(p, "a distribution names exactly one kind, but '"
                    + p.currentName() + "' follows '" + kind + "'"), p.currentName());
        }
        return distribution;
    }

    private static Distribution parameters(String kind, JsonParser p, DeserializationContext ctxt) throws IOException {
        switch (kind) {
            case "fixed" -> {
                if (!p.currentToken().isNumeric()) {
                    throw JsonMappingException.from(p, "fixed takes a number, such as {fixed: 3}");
                }
                return fixed(p, p.getDoubleValue());
            }
            case "empirical" -> {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw JsonMappingException.from(p, "empirical takes a list of numbers, such as {empirical: [1, 2, 5]}");
                }
                double[] values = ctxt.readValue(p, double[].class);
                try {
                    return new Distribution.Empirical(values);
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                }
            }
            default -> {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw JsonMappingException.from(p, kind + " takes a map of its parameters, such as "
                            + "{exponential: {mean: 720}}");
                }
                return ctxt.readValue(p, KINDS.get(kind));
            }
        }
    }

    /**
     * {@code d} if it can never draw a number past {@link Limits#MAX_MAGNITUDE}'s reach: its plain
     * numbers are in bounds, a lognormal's sigma and a Weibull's shape keep every draw finite.
     */
    private static Distribution bounded(JsonParser p, Distribution d) throws JsonMappingException {
        if (d instanceof Distribution.LogNormal l && l.sigma() > Limits.MAX_LOGNORMAL_SIGMA) {
            throw withPath(JsonMappingException.from(p, "sigma must be at most " + Limits.MAX_LOGNORMAL_SIGMA
                    + ", but was " + l.sigma()), "sigma");
        }
        if (d instanceof Distribution.Weibull w && w.shape() < Limits.MIN_WEIBULL_SHAPE) {
            throw withPath(JsonMappingException.from(p, "shape must be at least " + Limits.MIN_WEIBULL_SHAPE
                    + ", but was " + w.shape()), "shape");
        }
        if (d instanceof Distribution.Empirical e) {
            for (double v : e.values()) {
                requireBounded(p, v);
            }
        }
        return d;
    }

    private static void requireBounded(JsonParser p, double value) throws JsonMappingException {
        if (!(Math.abs(value) <= Limits.MAX_MAGNITUDE)) {
            throw JsonMappingException.from(p, "numbers must be finite and between -" + Limits.MAX_MAGNITUDE_TEXT
                    + " and " + Limits.MAX_MAGNITUDE_TEXT + ", but found " + value);
        }
    }

    private static Distribution fixed(JsonParser p, double value) throws JsonMappingException {
        requireBounded(p, value);
        try {
            return new Distribution.Fixed(value);
        } catch (IllegalArgumentException e) {
            throw JsonMappingException.from(p, e.getMessage(), e);
        }
    }

    private static JsonMappingException withPath(JsonMappingException e, String field) {
        e.prependPath(Distribution.class, field);
        return e;
    }
}
