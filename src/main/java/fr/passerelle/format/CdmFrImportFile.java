package fr.passerelle.format;

import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.canonical.CourseOffer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CDM-fr 2012 XML file of the course-offer records of one batch, for ROF's course import: one top-level
 * {@code program}, {@code course}, {@code orgUnit} or {@code person} per record, its children as {@code ref*}
 * elements.
 *
 * <p>The batch is kept in memory until {@link #commit()}, because a reference element is named after the kind of the
 * element it points to, which may come later in the batch; the batch size bounds it.
 */
final class CdmFrImportFile implements ImportFile {

    /** The value of {@code outputLayout} that selects this writer. */
    static final String LAYOUT_ID = "cdm-fr";

    private static final String CDM = "http://cdm-fr.fr/2012/CDM";
    private static final String CDMFR = "http://cdm-fr.fr/2012/CDM-frSchema";
    private static final Set<String> KINDS = Set.of("program", "course", "org-unit", "person");

    private final Path outbox;
    private final String name;
    private final List<CourseOffer> offers = new ArrayList<>();
    private OutboxFile file;

    CdmFrImportFile(Path outbox, String name) {
        this.outbox = outbox;
        this.name = name;
    }

    @Override
    public boolean add(String json, long sequence, List<FieldError> errors) {
        CourseOffer offer;
        try {
            offer = CanonicalJson.fromJson(json, CourseOffer.class);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(sequence, "-", "", "json", "not a canonical course-offer record: "
                    + e.getMessage()));
            return false;
        }
        if (offer.id() == null || offer.id().isBlank()) {
            errors.add(new FieldError(sequence, "id", "", "mandatory", "the record has no CDM-fr id"));
        }
        if (!KINDS.contains(String.valueOf(offer.kind()))) {
            errors.add(new FieldError(sequence, "kind", String.valueOf(offer.kind()), "values",
                    "kind is not one of program, course, org-unit, person"));
        }
        if (offer.name() == null || offer.name().isBlank()) {
            errors.add(new FieldError(sequence, "name", "", "mandatory", "the record has no name"));
        }
        if (!errors.isEmpty()) {
            return false;
        }
        offers.add(offer);
        return true;
    }

    @Override
    public String commit() throws IOException {
        if (offers.isEmpty()) {
            return null;
        }
        Map<String, String> kinds = new HashMap<>();
        offers.forEach(offer -> kinds.put(offer.id(), offer.kind()));
        file = new OutboxFile(outbox, name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file.temporary()))) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(CDM);
            xml.setPrefix("cdmfr", CDMFR);
            xml.writeStartElement(CDM, "CDM");
            xml.writeDefaultNamespace(CDM);
            xml.writeNamespace("cdmfr", CDMFR);
            xml.writeAttribute("language", "fr-FR");
            for (CourseOffer offer : offers) {
                writeOffer(xml, offer, kinds);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            file.discard();
            throw new IOException("Cannot write CDM-fr file " + name + ": " + e.getMessage(), e);
        }
        return file.publish().getFileName().toString();
    }

    private static void writeOffer(XMLStreamWriter xml, CourseOffer offer, Map<String, String> kinds)
            throws XMLStreamException {
        String element = switch (offer.kind()) {
            case "org-unit" -> "orgUnit";
            default -> offer.kind();
        };
        xml.writeCharacters("\n  ");
        xml.writeStartElement(CDM, element);
        xml.writeAttribute("id", offer.id());
        child(xml, CDM, element + "ID", offer.id());
        if (offer.kind().equals("person")) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement(CDM, "name");
            xml.writeStartElement(CDM, "family");
            xml.writeCharacters(offer.name());
            xml.writeEndElement();
            xml.writeEndElement();
        } else {
            xml.writeCharacters("\n    ");
            xml.writeStartElement(offer.kind().equals("program") ? CDMFR : CDM, element + "Name");
            xml.writeStartElement(offer.kind().equals("program") ? CDMFR : CDM, "text");
            xml.writeCharacters(offer.name());
            xml.writeEndElement();
            xml.writeEndElement();
            for (CourseOffer.Code code : offer.codes()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement(offer.kind().equals("program") ? CDMFR : CDM, element + "Code");
                if (code.codeSet() != null) {
                    xml.writeAttribute("codeSet", code.codeSet());
                }
                xml.writeCharacters(code.value());
                xml.writeEndElement();
            }
        }
        if (offer.level() != null) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement(CDM, "level");
            xml.writeAttribute("level", offer.level());
        }
        if (offer.ects() != null) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement(CDMFR, "credits");
            xml.writeAttribute("ECTScredits", offer.ects().toPlainString());
        }
        for (String child : offer.childIds()) {
            String kind = kinds.get(child);
            // NOTE: a child outside this batch is written as refCourse, the most common reference; ROF may expect
            // another kind for it.
            String reference = kind == null ? "refCourse" : switch (kind) {
                case "program" -> "refProgram";
                case "org-unit" -> "refOrgUnit";
                case "person" -> "refPerson";
                default -> "refCourse";
            };
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement(CDM, reference);
            xml.writeAttribute("ref", child);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void child(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    @Override
    public void abort() {
        if (file != null) {
            file.discard();
        }
        offers.clear();
    }
}
