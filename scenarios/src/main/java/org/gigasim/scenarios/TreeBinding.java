package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Binding part of an already-read map to a record, for the deserializers that must look
 * at a whole map before they know its type. Errors keep their path in the file, so the
 * loader can still name the line and column.
 */
final class TreeBinding {

    private TreeBinding() {
    }

    /**
     * Binds {@code node} to {@code type}. {@code field} (null for none) is the key the node
     * sits under; {@code alsoKnown} are sibling keys the caller handles itself, and
     * {@code hidden} keys the caller supplies, both kept out of or put into "did you mean" hints.
     */
    static <T> T bind(DeserializationContext ctxt, JsonNode node, Class<T> type, String field,
            Collection<String> alsoKnown, Collection<String> hidden) throws IOException {
        try {
            return ctxt.readTreeAsValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            Set<Object> known = new LinkedHashSet<>(alsoKnown);
            e.getKnownPropertyIds().stream().filter(id -> !hidden.contains(id)).forEach(known::add);
            UnrecognizedPropertyException fixed = new UnrecognizedPropertyException(null, e.getOriginalMessage(),
                    e.getLocation(), e.getReferringClass(), e.getPropertyName(), known);
            for (int i = e.getPath().size() - 1; i >= 0; i--) {
                fixed.prependPath(e.getPath().get(i));
            }
            throw withPath(fixed, field);
        } catch (JsonMappingException e) {
            throw withPath(e, field);
        }
    }

    /** An error about the value under {@code field} of the map being read. */
    static JsonMappingException error(JsonParser p, String field, String message) {
        return withPath(JsonMappingException.from(p, message), field);
    }

    static JsonMappingException withPath(JsonMappingException e, String field) {
        if (field != null) {
            e.prependPath(TreeBinding.class, field);
        }
        return e;
    }
}
