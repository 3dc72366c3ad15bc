package fr.passerelle.connector;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The messages of an SAP call, read from its BAPIRET2 rows, and whether they mean the call failed.
 *
 * <p>An SAP function module published as a web service answers HTTP 200 even when it rejects the request: the
 * rejection is a row of type {@code E} (error) or {@code A} (abort) in its {@code RETURN} table. Rows of type
 * {@code S} (success), {@code I} (information) and {@code W} (warning) do not make a call fail.
 */
public final class SapReturn {

    private static final String[] GETTERS = {"getTYPE", "getID", "getNUMBER", "getMESSAGE", "getPARAMETER", "getROW",
            "getFIELD"};

    private final List<Message> messages;

    private SapReturn(List<Message> messages) {
        this.messages = List.copyOf(messages);
    }

    /** One BAPIRET2 row: message type, class, number and text, and the parameter, row and field it is about. */
    public record Message(String type, String id, String number, String text, String parameter, int row,
                          String field) {

        public Message {
            type = type == null ? "" : type.trim().toUpperCase(Locale.ROOT);
            id = trim(id);
            number = trim(number);
            text = trim(text);
            parameter = trim(parameter);
            field = trim(field);
        }

        /** Returns true for a row of type E or A, which SAP uses to reject a call. */
        public boolean isError() {
            return "E".equals(type) || "A".equals(type);
        }

        /** Returns true for a row of type A: SAP stopped processing the call. */
        public boolean isAbort() {
            return "A".equals(type);
        }

        /** Formats the row as {@code E ZPASS 007 text (IT_POSTES row 2, field FICTR)}. */
        public String describe() {
            StringBuilder out = new StringBuilder(type);
            if (!id.isEmpty()) {
                out.append(' ').append(id);
            }
            if (!number.isEmpty()) {
                out.append(' ').append(number);
            }
            out.append(": ").append(text);
            List<String> where = new ArrayList<>();
            if (!parameter.isEmpty()) {
                where.add(parameter);
            }
            if (row > 0) {
                where.add("row " + row);
            }
            if (!field.isEmpty()) {
                where.add("field " + field);
            }
            if (!where.isEmpty()) {
                out.append(" (").append(String.join(", ", where)).append(')');
            }
            return out.toString();
        }

        private static String trim(String value) {
            return value == null ? "" : value.trim();
        }
    }

    /** Builds the result of a call from rows already read. */
    public static SapReturn of(Collection<Message> messages) {
        return new SapReturn(new ArrayList<>(Objects.requireNonNull(messages, "messages")));
    }

    /**
     * Reads BAPIRET2 rows of any generated contract package.
     *
     * <p>Each SIFAC WSDL has its own Java package, so each has its own BAPIRET2 class. They all have the getters
     * JAXB derives from the SAP field names ({@code getTYPE()}, {@code getMESSAGE()}, {@code getROW()}...), which
     * this method calls by name.
     *
     * @param rows the items of a {@code RETURN} table; null reads as no rows
     * @throws IllegalArgumentException if a row lacks one of the BAPIRET2 getters
     */
    public static SapReturn fromBapiret2(Collection<?> rows) {
        List<Message> messages = new ArrayList<>();
        if (rows != null) {
            for (Object row : rows) {
                messages.add(read(row));
            }
        }
        return new SapReturn(messages);
    }

    /** Returns true if any row is of type E or A. */
    public boolean failed() {
        return messages.stream().anyMatch(Message::isError);
    }

    /** Returns true if any row is of type A. */
    public boolean aborted() {
        return messages.stream().anyMatch(Message::isAbort);
    }

    /** Returns every row, in the order SAP returned them. */
    public List<Message> messages() {
        return messages;
    }

    /** Returns the rows of type E and A. */
    public List<Message> errors() {
        return messages.stream().filter(Message::isError).toList();
    }

    /** Joins the E and A rows with "; ", for an exception message or a dead-letter reason; empty if none. */
    public String errorSummary() {
        return errors().stream().map(Message::describe).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return messages.stream().map(Message::describe).collect(Collectors.joining("; ", "SapReturn[", "]"));
    }

    private static Message read(Object row) {
        Objects.requireNonNull(row, "BAPIRET2 row");
        Object[] values = new Object[GETTERS.length];
        for (int i = 0; i < GETTERS.length; i++) {
            values[i] = call(row, GETTERS[i]);
        }
        int rowNumber = values[5] instanceof Number number ? number.intValue() : 0;
        return new Message((String) values[0], (String) values[1], (String) values[2], (String) values[3],
                (String) values[4], rowNumber, (String) values[6]);
    }

    private static Object call(Object row, String getter) {
        try {
            Method method = row.getClass().getMethod(getter);
            return method.invoke(row);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(row.getClass().getName() + " is not a BAPIRET2 row: it has no "
                    + getter + "()", e);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("Reading " + getter + "() of " + row.getClass().getName() + " failed",
                    e);
        }
    }
}
