package fr.passerelle.simulator.apogee;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Builds generated Apogée DTOs field by field for the sample generator, so that a sample reads as a list of field
 * names and values rather than as a page of setters.
 *
 * <p>Values given as strings are converted to the field's type (int, decimal, dateTime...). An unknown field name
 * raises an {@link IllegalArgumentException}, so a misspelt sample fails when the generator runs.
 */
final class SampleBeans {

    private static final DatatypeFactory DATATYPES;

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SampleBeans() {
    }

    /** Field names and values of a nested DTO, whose class is the declared type of the field it is set to. */
    record Fields(Object[] namesAndValues) {
    }

    /** Returns the field names and values of a nested DTO, or of an item of a list field. */
    static Fields of(Object... namesAndValues) {
        return new Fields(namesAndValues);
    }

    /** Creates a {@code type} with the given field names and values, in pairs. */
    static <T> T bean(Class<T> type, Object... namesAndValues) {
        T bean = newInstance(type);
        set(bean, namesAndValues);
        return bean;
    }

    /** Wraps {@code value} in the single child of a request or response element. */
    static <T> T wrap(Class<T> wrapper, Object value) {
        List<Field> fields = fields(wrapper);
        if (fields.size() != 1) {
            throw new IllegalArgumentException(wrapper.getSimpleName() + " has " + fields.size() + " children, not one");
        }
        return set(newInstance(wrapper), fields.get(0).getName(), value);
    }

    /**
     * Creates a response element whose single child is a list of reference rows, each given as code, label and the
     * field names and values that {@link #row} takes.
     */
    static <T> T table(Class<T> wrapper, Object[]... rows) {
        List<Field> fields = fields(wrapper);
        if (fields.size() != 1 || !(fields.get(0).getGenericType() instanceof ParameterizedType list)) {
            throw new IllegalArgumentException(wrapper.getSimpleName() + " does not contain a single list");
        }
        Class<?> itemType = (Class<?>) list.getActualTypeArguments()[0];
        List<Object> items = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] pairs = java.util.Arrays.copyOfRange(row, 2, row.length);
            items.add(row(itemType, (String) row[0], (String) row[1], pairs));
        }
        return wrap(wrapper, items);
    }

    /** Sets fields of {@code bean} from field names and values, in pairs. A null value leaves the field unset. */
    static <T> T set(T bean, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Field names and values must come in pairs for "
                    + bean.getClass().getSimpleName());
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value != null) {
                Field field = field(bean.getClass(), name);
                try {
                    field.set(bean, convert(value, field, bean.getClass()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot set " + bean.getClass().getSimpleName() + "." + name, e);
                }
            }
        }
        return bean;
    }

    /**
     * Creates a row of a reference table: the first field whose name starts with {@code cod} gets {@code code}, the
     * {@code lib}, {@code nom} and {@code libelle} fields get {@code label}, the {@code lic} fields its first ten
     * letters in capitals, the {@code temMin} flags {@code N} and the other {@code tem} flags {@code O}. The pairs
     * that follow set or override other fields, among them a code that is not a string.
     */
    static <T> T row(Class<T> type, String code, String label, Object... namesAndValues) {
        T bean = newInstance(type);
        boolean codeSet = false;
        for (Field field : fields(type)) {
            if (field.getType() != String.class) {
                continue;
            }
            String name = field.getName();
            String value = null;
            if (!codeSet && name.startsWith("cod")) {
                value = code;
                codeSet = true;
            } else if (name.startsWith("lic")) {
                value = shortLabel(label);
            } else if (name.startsWith("lib") || name.startsWith("nom")) {
                value = label;
            } else if (name.startsWith("temMin")) {
                value = "N";
            } else if (name.startsWith("tem")) {
                value = "O";
            }
            if (value != null) {
                set(bean, name, value);
            }
        }
        return set(bean, namesAndValues);
    }

    static String shortLabel(String label) {
        String upper = label.toUpperCase(Locale.FRENCH);
        return upper.length() <= 10 ? upper : upper.substring(0, 10).strip();
    }

    static XMLGregorianCalendar dateTime(String lexical) {
        return DATATYPES.newXMLGregorianCalendar(lexical);
    }

    private static <T> T newInstance(Class<T> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalArgumentException("Cannot create " + type.getName(), e);
        }
    }

    private static List<Field> fields(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .toList();
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException("Unknown field " + type.getSimpleName() + "." + name);
    }

    private static Object convert(Object value, Field field, Class<?> owner) {
        if (value instanceof List<?> values && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> itemType) {
            List<Object> items = new ArrayList<>();
            for (Object item : values) {
                items.add(convert(item, itemType, owner, field.getName()));
            }
            return items;
        }
        return convert(value, field.getType(), owner, field.getName());
    }

    private static Object convert(Object value, Class<?> target, Class<?> owner, String name) {
        if (value instanceof Fields fields) {
            return bean(target, fields.namesAndValues());
        }
        if (!(value instanceof String text) || target == String.class) {
            return value;
        }
        if (target == int.class || target == Integer.class) {
            return Integer.valueOf(text);
        }
        if (target == long.class || target == Long.class) {
            return Long.valueOf(text);
        }
        if (target == float.class || target == Float.class) {
            return Float.valueOf(text);
        }
        if (target == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (target == BigInteger.class) {
            return new BigInteger(text);
        }
        if (target == XMLGregorianCalendar.class) {
            return dateTime(text);
        }
        throw new IllegalArgumentException("Cannot convert '" + text + "' to " + target.getSimpleName() + " for "
                + owner.getSimpleName() + "." + name);
    }
}
