package fr.passerelle.format.cdmfr;

import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.canonical.CourseOffer;
import fr.passerelle.format.CanonicalMessage;
import fr.passerelle.format.CanonicalRecordReader;
import fr.passerelle.format.FieldError;
import fr.passerelle.format.FileFormatException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Streams a CDM-fr export (ROF's course offer) with StAX into canonical course-offer records: one per program,
 * course, organisational unit and person, wherever it is nested.
 *
 * <p>Elements are recognised by local name in any namespace under {@code http://cdm-fr.fr/}, so both the 2012 schema
 * ({@code http://cdm-fr.fr/2012/CDM} with the extensions in {@code http://cdm-fr.fr/2012/CDM-frSchema}) and the older
 * {@code http://cdm-fr.fr/2006/CDM-frSchema} are read, whatever prefixes the file uses. DTDs and external entities are
 * off, and a file with a DOCTYPE is rejected, which stops entity-expansion bombs and external-entity reads. Only the
 * elements being read are kept in memory.
 */
public final class CdmFrReader implements CanonicalRecordReader {

    private static final String NAMESPACE_PREFIX = "http://cdm-fr.fr/";
    private static final int MAX_NAME_LENGTH = 1000;
    private static final Map<String, String> KINDS = Map.of(
            "program", "program", "subProgram", "program", "course", "course", "orgUnit", "org-unit",
            "person", "person");
    private static final Map<String, String> ID_ELEMENTS = Map.of(
            "programID", "program", "courseID", "course", "orgUnitID", "org-unit", "personID", "person");
    private static final java.util.Set<String> NAME_ELEMENTS = java.util.Set.of(
            "programName", "courseName", "orgUnitName", "given", "family");
    private static final java.util.Set<String> CODE_ELEMENTS = java.util.Set.of(
            "programCode", "courseCode", "orgUnitCode");
    private static final java.util.Set<String> REF_ELEMENTS = java.util.Set.of(
            "refProgram", "refCourse", "refOrgUnit", "refPerson");

    private final InputStream in;
    private final XMLStreamReader xml;
    private final Deque<Builder> open = new ArrayDeque<>();
    private final Deque<Item> ready = new ArrayDeque<>();
    private String schema;
    private boolean ended;

    /** The element being read, with what has been collected so far. */
    private static final class Builder {
        final String kind;
        final long line;
        final int depth;
        String id;
        final StringBuilder given = new StringBuilder();
        final StringBuilder family = new StringBuilder();
        String name;
        final List<CourseOffer.Code> codes = new ArrayList<>();
        String level;
        BigDecimal ects;
        final List<String> children = new ArrayList<>();
        final List<FieldError> errors = new ArrayList<>();

        Builder(String kind, long line, int depth) {
            this.kind = kind;
            this.line = line;
            this.depth = depth;
        }
    }

    private CdmFrReader(InputStream in, XMLStreamReader xml) {
        this.in = in;
        this.xml = xml;
    }

    /** Opens a CDM-fr file with DTDs and external entities off. */
    public static CdmFrReader open(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            return new CdmFrReader(in, factory.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            in.close();
            throw notXml(e);
        }
    }

    @Override
    public Item next() throws IOException {
        try {
            while (ready.isEmpty() && !ended) {
                step();
            }
        } catch (XMLStreamException e) {
            throw notXml(e);
        }
        return ready.poll();
    }

    private int depth;
    private int textDepth = -1;
    private String textElement;
    private final StringBuilder text = new StringBuilder();

    private void step() throws XMLStreamException {
        if (!xml.hasNext()) {
            ended = true;
            if (schema == null) {
                throw new FileFormatException(0, "structure", "the file has no CDM root element; expected a CDM-fr export");
            }
            return;
        }
        int event = xml.next();
        switch (event) {
            case XMLStreamConstants.DTD -> throw new FileFormatException(line(), "doctype", "the file has a DOCTYPE"
                    + " declaration; CDM-fr exports have none, and DTDs are refused because they allow entity"
                    + " expansion and external entity attacks");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw new FileFormatException(line(), "entity",
                    "the file uses the undeclared entity &" + xml.getLocalName() + ";");
            case XMLStreamConstants.START_ELEMENT -> start();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (textDepth >= 0 && text.length() < MAX_NAME_LENGTH) {
                    text.append(xml.getText(), 0, Math.min(xml.getTextLength(), MAX_NAME_LENGTH - text.length()));
                }
            }
            case XMLStreamConstants.END_ELEMENT -> end();
            case XMLStreamConstants.END_DOCUMENT -> {
                ended = true;
                if (schema == null) {
                    throw new FileFormatException(0, "structure", "the file has no CDM root element;"
                            + " expected a CDM-fr export");
                }
            }
            default -> {
            }
        }
    }

    private void start() {
        depth++;
        String namespace = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (depth == 1) {
            if (!name.equals("CDM") || namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
                throw new FileFormatException(line(), "structure", "the root element is {" + namespace + "}" + name
                        + "; a CDM-fr export starts with CDM in a namespace under " + NAMESPACE_PREFIX);
            }
            schema = namespace;
            return;
        }
        if (namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
            return;
        }
        Builder current = open.peek();
        String kind = KINDS.get(name);
        if (kind != null) {
            Builder builder = new Builder(kind, line(), depth);
            builder.id = blankToNull(xml.getAttributeValue(null, "id"));
            open.push(builder);
            return;
        }
        if (current == null) {
            return;
        }
        if (ID_ELEMENTS.containsKey(name) || NAME_ELEMENTS.contains(name) || CODE_ELEMENTS.contains(name)
                || name.equals("level")) {
            textDepth = depth;
            textElement = name;
            text.setLength(0);
            if (CODE_ELEMENTS.contains(name)) {
                text.append('\u0000').append(String.valueOf(xml.getAttributeValue(null, "codeSet"))).append('\u0000');
            }
            if (name.equals("level") && xml.getAttributeValue(null, "level") != null) {
                current.level = xml.getAttributeValue(null, "level");
            }
        } else if (REF_ELEMENTS.contains(name)) {
            String ref = xml.getAttributeValue(null, "ref");
            if (ref == null) {
                ref = xml.getAttributeValue(null, "idRef");
            }
            if (ref != null && !ref.isBlank()) {
                current.children.add(ref.strip());
            }
        } else if (name.equals("credits")) {
            String credits = xml.getAttributeValue(null, "ECTScredits");
            if (credits != null && !credits.isBlank()) {
                try {
                    current.ects = new BigDecimal(credits.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    current.errors.add(new FieldError(line(), "ECTScredits", credits, "decimal",
                            "invalid number of ECTS credits; expected a number such as 6 or 7.5"));
                }
            }
        }
    }

    private void end() {
        Builder current = open.peek();
        if (textDepth == depth && current != null) {
            String value = text.toString();
            switch (textElement) {
                case "given" -> current.given.append(value.strip());
                case "family" -> current.family.append(value.strip());
                case "level" -> current.level = current.level == null ? blankToNull(value.strip()) : current.level;
                default -> {
                    if (CODE_ELEMENTS.contains(textElement)) {
                        int separator = value.indexOf('\u0000', 1);
                        String codeSet = value.substring(1, separator);
                        String code = value.substring(separator + 1).strip();
                        if (!code.isEmpty()) {
                            current.codes.add(new CourseOffer.Code(codeSet.equals("null") ? null : codeSet, code));
                        }
                    } else if (ID_ELEMENTS.containsKey(textElement)) {
                        if (current.id == null) {
                            current.id = blankToNull(value.strip());
                        }
                    } else if (current.name == null) {
                        current.name = blankToNull(value.strip().replaceAll("\\s+", " "));
                    }
                }
            }
            textDepth = -1;
        }
        if (current != null && current.depth == depth) {
            open.pop();
            finish(current, open.peek());
        }
        depth--;
    }

    private void finish(Builder builder, Builder parent) {
        if (builder.kind.equals("person")) {
            String full = (builder.given + " " + builder.family).strip();
            builder.name = full.isEmpty() ? builder.name : full;
        }
        if (builder.id == null) {
            builder.errors.add(new FieldError(builder.line, "id", "", "mandatory", "this " + builder.kind
                    + " has no id attribute and no ID element, so it cannot be identified"));
        }
        if (builder.name == null) {
            builder.errors.add(new FieldError(builder.line, "name", "", "mandatory", (builder.id == null ? "this "
                    + builder.kind : builder.kind + " " + builder.id) + " has no name"));
        }
        if (parent != null && builder.id != null) {
            parent.children.add(builder.id);
        }
        if (!builder.errors.isEmpty()) {
            ready.add(new Item(builder.line, null, List.copyOf(builder.errors)));
            return;
        }
        CourseOffer offer = new CourseOffer(builder.id, builder.kind, builder.name, builder.codes, builder.level,
                builder.ects, parent == null ? null : parent.id, builder.children, schema);
        ready.add(new Item(builder.line, new CanonicalMessage("course-offer", "rof", builder.id,
                CanonicalJson.toJson(offer)), List.of()));
    }

    private long line() {
        Location location = xml.getLocation();
        return location == null ? 0 : location.getLineNumber();
    }

    private static FileFormatException notXml(XMLStreamException e) {
        Location location = e.getLocation();
        String message = e.getMessage();
        if (message != null && message.contains("Message: ")) {
            message = message.substring(message.indexOf("Message: ") + 9);
        }
        return new FileFormatException(location == null ? 0 : location.getLineNumber(), "xml",
                "the file is not well-formed XML: " + message);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            in.close();
        }
    }
}
