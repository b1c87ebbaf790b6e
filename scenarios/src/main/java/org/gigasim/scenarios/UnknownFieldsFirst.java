package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * Makes records report an unknown field before anything else. Jackson otherwise builds a
 * record first and looks at unknown fields afterwards, so a misspelt {@code mw} would be
 * reported as a missing {@code mw} rather than as the typo it is.
 */
final class UnknownFieldsFirst extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        if (description.getBeanClass().isRecord() && deserializer instanceof BeanDeserializerBase) {
            return new Checking(deserializer);
        }
        return deserializer;
    }

    /** Buffers a record's map, checks its keys, then lets the record deserializer read it. */
    private static final class Checking extends DelegatingDeserializer {

        Checking(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checking(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!(_delegatee instanceof BeanDeserializerBase bean) || !p.isExpectedStartObjectToken()) {
                return _delegatee.deserialize(p, ctxt);
            }
            TokenBuffer buffer = ctxt.bufferAsCopyOfValue(p);
            try (JsonParser keys = buffer.asParserOnFirstToken()) {
                while (keys.nextToken() == JsonToken.FIELD_NAME) {
                    String name = keys.currentName();
                    if (bean.findProperty(name) == null) {
                        throw UnrecognizedPropertyException.from(p, bean.handledType(), name, bean.getKnownPropertyNames());
                    }
                    keys.nextToken();
                    keys.skipChildren();
                }
            }
            JsonParser fields = buffer.asParserOnFirstToken();
            return _delegatee.deserialize(fields, ctxt);
        }
    }
}
