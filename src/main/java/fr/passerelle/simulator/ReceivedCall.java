package fr.passerelle.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A write operation a simulator received: the service and operation called, the request's parameters by their
 * contract names, and whether the simulated product accepted the data.
 *
 * <p>Parameter values are the generated contract objects as they arrived, so a test can assert every field.
 */
public record ReceivedCall(String service, String operation, Map<String, Object> parameters, boolean accepted) {

    public ReceivedCall {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Builds a parameter map from name and value pairs, in that order; values may be null. */
    static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** Returns the parameter named {@code name} as {@code type}; null if the request did not have it. */
    public <T> T parameter(String name, Class<T> type) {
        return type.cast(parameters.get(name));
    }
}
