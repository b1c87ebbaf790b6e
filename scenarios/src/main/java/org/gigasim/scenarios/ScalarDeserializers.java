package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gigasim.model.spec.TrafficClass;

/** The scalar forms of scenario files that need more than Jackson's defaults. */
final class ScalarDeserializers {

    private ScalarDeserializers() {
    }

    /**
     * An ISO-8601 duration in days and hours ({@code P1D}, {@code PT1H}, {@code P7D}); weeks,
     * months and years are refused because a simulation step must have one fixed length.
     */
    static final class DurationDeserializer extends StdDeserializer<Duration> {
        DurationDeserializer() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText().trim() : null;
            if (text == null) {
                throw JsonMappingException.from(p, "a duration is an ISO-8601 text such as P1D or PT1H");
            }
            String upper = text.toUpperCase(Locale.ROOT);
            int timePart = upper.indexOf('T');
            String datePart = timePart < 0 ? upper : upper.substring(0, timePart);
            if (datePart.matches(".*[YMW].*")) {
                throw JsonMappingException.from(p, "duration '" + text
                        + "' uses weeks, months or years; use days and hours, such as P7D, P30D or PT12H");
            }
            try {
                return Duration.parse(upper);
            } catch (DateTimeParseException e) {
                throw JsonMappingException.from(p, "'" + text + "' is not an ISO-8601 duration such as P1D or PT1H");
            }
        }
    }

    /** A traffic class by its id, such as {@code stateless_api}. */
    static final class TrafficClassDeserializer extends StdDeserializer<TrafficClass> {
        TrafficClassDeserializer() {
            super(TrafficClass.class);
        }

        @Override
        public TrafficClass deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonMappingException.from(p, "a traffic class is one of training, stateless_api, stateful, first_party");
            }
            try {
                return TrafficClass.of(p.getText());
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }

    /** The clouds that may host an accelerator: a list of cloud ids, or {@code any} (the empty list). */
    static final class HostableByDeserializer extends StdDeserializer<List<String>> {
        HostableByDeserializer() {
            super(List.class);
        }

        @Override
        public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals("any")) {
                return List.of();
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw JsonMappingException.from(p, "hostable_by is 'any' or a list of cloud ids, such as [aws]");
            }
            String[] clouds = ctxt.readValue(p, String[].class);
            if (Arrays.asList(clouds).contains(null)) {
                throw JsonMappingException.from(p, "hostable_by lists cloud ids, but one is empty");
            }
            return List.of(clouds);
        }
    }
}
