package fr.passerelle.simulator.apogee;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.passerelle.contract.apogee.exception.TableauString;
import fr.passerelle.contract.apogee.exception.WebBaseException;

/**
 * Common behaviour of the simulated Apogée services: required parameters, lookups by code, student records and the
 * {@code WebBaseException} fault that Apogée returns for invalid input.
 *
 * <p>The fault messages follow the form Apogée uses, {@code technical.parameter.noncoherentinput.<parameter>} for a
 * missing parameter and {@code technical.data.nullretrieve.<entity>} for a record not found.
 *
 * @param <E> the fault exception generated for the contract
 */
abstract class ApogeeServiceSimulator<E extends Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ApogeeServiceSimulator.class);

    protected final ApogeeSamples samples;
    protected final ApogeeRequests requests;
    private final String contract;
    private final BiFunction<String, WebBaseException, E> exceptions;

    ApogeeServiceSimulator(String contract, ApogeeSamples samples, ApogeeRequests requests,
            BiFunction<String, WebBaseException, E> exceptions) {
        this.contract = contract;
        this.samples = samples;
        this.requests = requests;
        this.exceptions = exceptions;
    }

    /** Creates the fault Apogée returns; its message is the fault string and the last error message. */
    protected E fault(String operation, String type, String element, String message) {
        LOG.info("Apogée simulator {}.{} returns a fault: {}", contract, operation, message);
        WebBaseException bean = new WebBaseException();
        bean.setDomaine(contract);
        bean.setElement(element);
        bean.setNature("technical");
        bean.setType(type);
        TableauString messages = new TableauString();
        messages.getItem().add(message);
        bean.setMessages(messages);
        bean.setLastErrorMsg(message);
        return exceptions.apply(message, bean);
    }

    /** Returns {@code value}, or raises the fault for a missing parameter when it is null or blank. */
    protected String required(String operation, String parameter, String value) throws E {
        if (isBlank(value)) {
            throw fault(operation, "parameter", parameter, "technical.parameter.noncoherentinput." + parameter);
        }
        return value.strip();
    }

    /** Returns {@code value}, or raises the fault for a missing parameter when it is null. */
    protected <T> T required(String operation, String parameter, T value) throws E {
        if (value == null) {
            throw fault(operation, "parameter", parameter, "technical.parameter.noncoherentinput." + parameter);
        }
        return value;
    }

    /** Raises the fault for a record not found. */
    protected E notFound(String operation, String entity) {
        return fault(operation, "data", entity, "technical.data.nullretrieve." + entity);
    }

    /** Returns the payload of a student, or raises the fault Apogée returns for an unknown student. */
    protected <T> T student(String operation, Class<T> type, String codEtu) throws E {
        String number = required(operation, "codEtu", codEtu);
        return samples.find(type, number).orElseThrow(() -> notFound(operation, "etudiant"));
    }

    /**
     * Returns the rows of {@code table} whose {@code codeField} equals {@code code}, or every row when the code is
     * empty; raises the not-found fault when no row matches.
     */
    protected <T> List<T> lookup(String operation, List<T> table, String code, String codeField) throws E {
        if (isBlank(code)) {
            return table;
        }
        List<T> rows = table.stream().filter(row -> code.strip().equals(fieldValue(row, codeField))).toList();
        if (rows.isEmpty()) {
            throw notFound(operation, operation.replaceFirst("^recuperer", "").replaceFirst("_v\\d+$", ""));
        }
        return rows;
    }

    /** Keeps a request of a write operation. */
    protected void record(String operation, String key, Object payload) {
        LOG.info("Apogée simulator {}.{} received record {}", contract, operation, key);
        requests.add(contract, operation, key, payload);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether a filter parameter selects {@code value}: an empty filter selects everything. */
    static boolean matches(String filter, String value) {
        return isBlank(filter) || filter.strip().equals(value);
    }

    static String fieldValue(Object bean, String name) {
        for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return Objects.toString(field.get(bean), null);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + bean.getClass().getSimpleName() + "." + name, e);
            }
        }
        throw new IllegalArgumentException("Unknown field " + bean.getClass().getSimpleName() + "." + name);
    }
}
