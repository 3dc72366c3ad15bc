package fr.passerelle.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.xml.ws.Holder;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the parameters of a generated JAX-WS operation from a JSON record, and finds the SAP return table of a
 * response.
 *
 * <p>The JSON keys are the XML element names of the request ({@link JaxbJson}). For an operation with one parameter,
 * the JSON is that parameter, or an object with the parameter's element name as its only key. For an operation with
 * several parameters (document/literal wrapped), each key is the element name of one parameter; a missing key leaves
 * its parameter null.
 */
public final class SoapRequests {

    private static final ConcurrentHashMap<String, SoapRequests> CACHE = new ConcurrentHashMap<>();

    private final Method method;
    private final List<String> names = new ArrayList<>();
    private final List<JavaType> types = new ArrayList<>();

    private SoapRequests(Method method) {
        this.method = method;
        ObjectMapper mapper = JaxbJson.mapper();
        for (Parameter parameter : method.getParameters()) {
            if (Holder.class.isAssignableFrom(parameter.getType())) {
                // NOTE: an in/out parameter (Holder) is not supported by the generic conversion; use a mapping bean.
                throw new IllegalArgumentException("Operation " + method.getName() + " has an in/out parameter "
                        + parameter.getName() + ": name a mapping bean in the flow instead");
            }
            WebParam webParam = parameter.getAnnotation(WebParam.class);
            names.add(webParam == null || webParam.name().isEmpty() ? parameter.getName() : webParam.name());
            types.add(mapper.getTypeFactory().constructType(parameter.getParameterizedType()));
        }
    }

    /** Returns the converter of an operation, by its WSDL name or its Java method name. */
    public static SoapRequests of(Class<?> serviceClass, String operation) {
        return CACHE.computeIfAbsent(serviceClass.getName() + "#" + operation,
                key -> new SoapRequests(find(serviceClass, operation)));
    }

    static Method find(Class<?> serviceClass, String operation) {
        for (Method method : serviceClass.getMethods()) {
            WebMethod webMethod = method.getAnnotation(WebMethod.class);
            String name = webMethod == null || webMethod.operationName().isEmpty() ? method.getName()
                    : webMethod.operationName();
            if (name.equals(operation) || method.getName().equals(operation)) {
                return method;
            }
        }
        throw new IllegalArgumentException("Operation " + operation + " not found in " + serviceClass.getName()
                + ": check the operation parameter against the WSDL");
    }

    /** Returns the request: the one parameter, or the list of parameters in their order. */
    public Object fromJson(String json) {
        ObjectMapper mapper = JaxbJson.mapper();
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("the record is not a JSON object");
        }
        if (names.size() == 1) {
            JsonNode value = tree.size() == 1 && tree.has(names.get(0)) ? tree.get(names.get(0)) : tree;
            return convert(mapper, value, 0);
        }
        List<String> unknown = new ArrayList<>();
        tree.fieldNames().forEachRemaining(field -> {
            if (names.stream().noneMatch(field::equalsIgnoreCase)) {
                unknown.add(field);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("field " + unknown.get(0) + " is not a parameter of "
                    + method.getName() + ", whose parameters are " + names);
        }
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.add(convert(mapper, field((ObjectNode) tree, names.get(i)), i));
        }
        return parameters;
    }

    private static JsonNode field(ObjectNode tree, String name) {
        for (var it = tree.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private Object convert(ObjectMapper mapper, JsonNode value, int index) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return mapper.treeToValue(value, types.get(index));
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("field " + e.getPropertyName() + " is not in "
                    + e.getReferringClass().getSimpleName() + " (parameter " + names.get(index) + "), whose fields "
                    + "are " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + names.get(index) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Finds the BAPIRET2 table of an SAP response: a {@code getRETURN()} whose value is a list of rows or a table
     * with {@code getItem()}. Returns empty when the response has none.
     */
    public static Optional<SapReturn> sapReturn(Object response) {
        if (response == null) {
            return Optional.empty();
        }
        Object table;
        try {
            table = response.getClass().getMethod("getRETURN").invoke(response);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the RETURN table of " + response.getClass().getName(), e);
        }
        if (table == null) {
            return Optional.of(SapReturn.fromBapiret2(List.of()));
        }
        if (table instanceof Collection<?> rows) {
            return Optional.of(SapReturn.fromBapiret2(rows));
        }
        try {
            Object rows = table.getClass().getMethod("getItem").invoke(table);
            return Optional.of(SapReturn.fromBapiret2((Collection<?>) rows));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the rows of the RETURN table of "
                    + response.getClass().getName(), e);
        }
    }
}
