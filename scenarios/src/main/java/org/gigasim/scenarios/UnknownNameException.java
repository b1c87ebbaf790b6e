package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A key that names a kind of thing (a distribution, an event) not known; reported at the key. */
final class UnknownNameException extends JsonMappingException {

    UnknownNameException(JsonParser p, String name, String message) {
        super(p, message);
        prependPath(UnknownNameException.class, name);
    }
}
