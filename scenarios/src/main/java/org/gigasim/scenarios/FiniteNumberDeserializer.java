package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.gigasim.model.spec.Limits;

/**
 * Reads every decimal number of a scenario file ({@code double} and {@code Double}): a plain
 * number, finite and at most {@link Limits#MAX_MAGNITUDE} in size. Text such as {@code "NaN"}
 * or {@code "1.5"} is refused, as are numbers that overflow a double ({@code 1e400}), so no
 * NaN or infinity ever reaches the model, and no product of bounded inputs overflows it.
 */
final class FiniteNumberDeserializer extends StdScalarDeserializer<Double> {

    private final boolean primitive;

    FiniteNumberDeserializer(boolean primitive) {
        super(primitive ? Double.TYPE : Double.class);
        this.primitive = primitive;
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return check(p, p.getDoubleValue(), Hints.shorten(p.getText()));
        }
        if (token == JsonToken.VALUE_STRING) {
            throw JsonMappingException.from(p, field(p) + "expected a number, but found '" + Hints.shorten(p.getText())
                    + "'");
        }
        if (token == JsonToken.VALUE_NULL) {
            return getNullValue(ctxt);
        }
        throw JsonMappingException.from(p, field(p) + "expected a number");
    }

    @Override
    public Double getNullValue(DeserializationContext ctxt) {
        return primitive ? 0.0 : null;   // a primitive is required (see ScenarioMapper), so null never gets here unchecked
    }

    private static Double check(JsonParser p, double value, String text) throws JsonMappingException {
        if (!Double.isFinite(value)) {
            throw JsonMappingException.from(p, field(p) + "the number is not finite (NaN, or too large for a double);"
                    + " numbers must be between -" + Limits.MAX_MAGNITUDE_TEXT + " and " + Limits.MAX_MAGNITUDE_TEXT);
        }
        if (Math.abs(value) > Limits.MAX_MAGNITUDE) {
            throw JsonMappingException.from(p, field(p) + text + " is too large; numbers must be"
                    + " between -" + Limits.MAX_MAGNITUDE_TEXT + " and " + Limits.MAX_MAGNITUDE_TEXT);
        }
        return value;
    }

    private static String field(JsonParser p) {
        String name = p.getParsingContext() == null ? null : p.getParsingContext().getCurrentName();
        return name == null ? "" : name + ": ";
    }
}
