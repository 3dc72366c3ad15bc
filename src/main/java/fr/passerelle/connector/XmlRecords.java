package fr.passerelle.connector;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.staxutils.StaxUtils;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads the records of a SOAP response one at a time, from a StAX stream, each as a map of its child elements.
 *
 * <p>The record path names the record elements below the response element by their local names, separated by
 * {@code /}: {@code formation} for the {@code formation} children of the response, {@code ET_CENTRES/item} for the
 * items of a SAP table. A segment {@code *} matches any name. Only the record being read is held in memory, so a
 * response of any size streams through.
 *
 * <p>A record becomes a map keyed by local name: an element without child elements gives its text (null when it is
 * {@code xsi:nil} or empty), one with child elements a nested map, and a name that repeats a list. Attributes other
 * than namespace and {@code xsi:} ones are keys prefixed with {@code @}.
 *
 * <p>An SAP response carries its messages in a BAPIRET2 {@code RETURN} table beside the records. When that table has
 * a row of type E or A, the iterator fails once it reaches the end of the response, so that a poll publishing in one
 * transaction publishes nothing.
 */
public final class XmlRecords implements Iterator<Map<String, Object>>, AutoCloseable {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";

    private final XMLStreamReader reader;
    private final InputStream stream;
    private final List<String> path;
    private final List<String> stack = new ArrayList<>();
    private final List<SapReturn.Message> sapMessages = new ArrayList<>();
    private Map<String, Object> next;
    private boolean finished;
    private long count;

    private XmlRecords(XMLStreamReader reader, String recordPath) {
        this(reader, recordPath, null, false);
    }

    private XmlRecords(XMLStreamReader reader, String recordPath, InputStream stream, boolean empty) {
        this.reader = reader;
        this.stream = stream;
        this.finished = empty;
        this.path = parsePath(recordPath);
        // A reader may already be on the response element, as one from a StAXSource is.
        if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
            stack.add(reader.getLocalName());
        }
    }

    /** Reads the records below the root element of {@code source}, which is the operation's response element. */
    public static XmlRecords of(Source source, String recordPath) {
        return new XmlRecords(StaxUtils.createXMLStreamReader(source), recordPath);
    }

    /**
     * Reads the records of a whole SOAP 1.1 or 1.2 envelope, as a server sends it: the records below the first child
     * of the Body, the operation's response element.
     *
     * @throws SoapFault when the Body contains a SOAP fault, with the server's fault string (SOAP 1.1) or reason (SOAP
     *                   1.2) as its message
     */
    public static XmlRecords ofEnvelope(InputStream envelope, String recordPath) {
        XMLStreamReader reader = StaxUtils.createXMLStreamReader(envelope);
        try {
            if (!toResponseElement(reader)) {
                return new XmlRecords(reader, recordPath, envelope, true);
            }
            if ("Fault".equals(reader.getLocalName()) && isSoapEnvelopeNamespace(reader.getNamespaceURI())) {
                throw readFault(reader);
            }
            return new XmlRecords(reader, recordPath, envelope, false);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Invalid XML in the SOAP response at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ": " + e.getMessage(), e);
        }
    }

    /** Moves to the first child element of the Body; false when the Body is empty. */
    private static boolean toResponseElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 0;
        boolean inBody = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 1 && !"Envelope".equals(reader.getLocalName())) {
                    throw new IllegalStateException("The response is not a SOAP envelope: its root element is "
                            + reader.getName());
                }
                if (depth == 2) {
                    inBody = "Body".equals(reader.getLocalName());
                    if (!inBody) {
                        skipElement(reader);
                        depth--;
                    }
                } else if (depth == 3 && inBody) {
                    return true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return false;
    }

    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean isSoapEnvelopeNamespace(String namespace) {
        return SOAP11.equals(namespace) || SOAP12.equals(namespace);
    }

    /** Reads a SOAP 1.1 fault (faultcode, faultstring) or a SOAP 1.2 fault (Code/Value, Reason/Text). */
    private static SoapFault readFault(XMLStreamReader reader) throws XMLStreamException {
        String code = null;
        String message = null;
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = reader.getLocalName();
                if (("faultcode".equals(name) || "Value".equals(name)) && code == null) {
                    code = reader.getElementText().strip();
                    depth--;
                } else if (("faultstring".equals(name) || "Text".equals(name)) && message == null) {
                    message = reader.getElementText().strip();
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        QName faultCode = code == null ? new QName(SOAP11, "Server") : new QName(SOAP11,
                code.contains(":") ? code.substring(code.indexOf(':') + 1) : code);
        return new SoapFault(message == null ? "SOAP fault without a message" : message, faultCode);
    }

    /** Reads the records of a reader positioned before or on the response element. */
    public static XmlRecords of(XMLStreamReader reader, String recordPath) {
        return new XmlRecords(reader, recordPath);
    }

    static List<String> parsePath(String recordPath) {
        Objects.requireNonNull(recordPath, "record path");
        List<String> segments = new ArrayList<>();
        for (String segment : recordPath.strip().split("/")) {
            if (!segment.isBlank()) {
                segments.add(segment.strip());
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("Invalid record path '" + recordPath + "': name the record elements "
                    + "below the response element, for example formation or ET_CENTRES/item");
        }
        return List.copyOf(segments);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more records");
        }
        Map<String, Object> record = next;
        next = null;
        count++;
        return record;
    }

    /** Returns the number of records read so far. */
    public long count() {
        return count;
    }

    private Map<String, Object> advance() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    stack.add(reader.getLocalName());
                    // The first element is the response element: the path starts below it.
                    if (stack.size() - 1 == path.size() && matches()) {
                        stack.remove(stack.size() - 1);
                        return readElement();
                    }
                    if (stack.size() == 2 && "RETURN".equals(reader.getLocalName())) {
                        stack.remove(stack.size() - 1);
                        readSapReturn(readElement());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (!stack.isEmpty()) {
                        stack.remove(stack.size() - 1);
                    }
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
            }
            finished = true;
            close();
            SapReturn sapReturn = SapReturn.of(sapMessages);
            if (sapReturn.failed()) {
                throw new PermanentDeliveryException("The response reports errors in its RETURN table, so none of its "
                        + count + " records is published: " + sapReturn.errorSummary());
            }
            return null;
        } catch (XMLStreamException e) {
            finished = true;
            throw new IllegalStateException("Invalid XML in the SOAP response after " + count + " records, at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the rows of an SAP BAPIRET2 table that is a direct child of the response element. */
    private void readSapReturn(Map<String, Object> table) {
        Object items = table.get("item");
        List<?> rows = List.of();
        if (items instanceof List<?> list) {
            rows = list;
        } else if (items != null) {
            rows = List.of(items);
        }
        for (Object row : rows) {
            if (row instanceof Map<?, ?> fields) {
                sapMessages.add(new SapReturn.Message(text(fields, "TYPE"), text(fields, "ID"),
                        text(fields, "NUMBER"), text(fields, "MESSAGE"), text(fields, "PARAMETER"),
                        number(text(fields, "ROW")), text(fields, "FIELD")));
            }
        }
    }

    private static String text(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        return value instanceof String text ? text : null;
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private boolean matches() {
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            if (!"*".equals(segment) && !segment.equals(stack.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Reads the element the reader is on, up to its end tag, into a map. */
    private Map<String, Object> readElement() throws XMLStreamException {
        Map<String, Object> fields = new LinkedHashMap<>();
        readAttributes(fields);
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                put(fields, name, readValue());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return fields;
            }
        }
    }

    /** Reads a child element: its text when it has no child elements, else a map. */
    private Object readValue() throws XMLStreamException {
        boolean nil = "true".equals(reader.getAttributeValue(XSI, "nil"));
        Map<String, Object> fields = new LinkedHashMap<>();
        readAttributes(fields);
        StringBuilder text = new StringBuilder();
        boolean hasChildren = false;
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    hasChildren = true;
                    String name = reader.getLocalName();
                    put(fields, name, readValue());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!hasChildren) {
                        text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (hasChildren || !fields.isEmpty()) {
                        if (!hasChildren && !text.isEmpty() && !text.toString().isBlank()) {
                            fields.put("value", text.toString());
                        }
                        return fields;
                    }
                    return nil || text.isEmpty() ? null : text.toString();
                }
                default -> {
                    // Comments and processing instructions carry no data.
                }
            }
        }
    }

    private void readAttributes(Map<String, Object> fields) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            if (XSI.equals(namespace)) {
                continue;
            }
            fields.put("@" + reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (!fields.containsKey(name)) {
            fields.put(name, value);
            return;
        }
        Object existing = fields.get(name);
        if (existing instanceof RepeatedValues list) {
            list.add(value);
        } else {
            RepeatedValues list = new RepeatedValues();
            list.add(existing);
            list.add(value);
            fields.put(name, list);
        }
    }

    /** The values of a name that repeats; a class of its own so that a list read as one value is never extended. */
    private static final class RepeatedValues extends ArrayList<Object> {
    }

    /** Closes the reader and the response stream, which releases the HTTP connection. */
    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader that failed releases nothing more.
        }
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // The connection is dropped either way.
            }
        }
    }
}
