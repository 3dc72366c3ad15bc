package fr.passerelle.simulator;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchema;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes the sample files behind the simulators: XML elements of a contract's generated types, each under
 * a key.
 *
 * <pre>{@code
 * <samples>
 *   <sample key="10234">
 *     <consulterEtatCivil_V2Response xmlns="http://gouv/education/harpege/dossierRhPersonnel">...
 *   </sample>
 * </samples>
 * }</pre>
 *
 * <p>Each element is exactly what the product puts in a SOAP body (a response, or one row of a list response), so a
 * sample file also documents what the product returns. Keys are unique within a file and entries keep their order.
 */
public final class SampleFile {

    private static final String ROOT = "samples";
    private static final String SAMPLE = "sample";
    private static final String KEY = "key";
    private static final Map<String, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();

    private SampleFile() {
    }

    /**
     * One sample: its key and its element, either a class annotated {@code @XmlRootElement} or a
     * {@link JAXBElement}.
     */
    public record Entry(String key, Object element) {

        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(element, "element");
        }
    }

    /**
     * Reads every sample of a file as {@code type}, whatever the name of its element.
     *
     * @return the samples by key, in file order
     * @throws IllegalStateException if the file is missing, is not a sample file, or has the same key twice
     */
    public static <T> Map<String, T> read(Path file, Class<T> type) {
        Map<String, T> samples = new LinkedHashMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            Unmarshaller unmarshaller = context(type).createUnmarshaller();
            reader.nextTag();
            if (!ROOT.equals(reader.getLocalName())) {
                throw invalid(file, reader, "the root element is <" + reader.getLocalName() + ">, expected <samples>");
            }
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String key = reader.getAttributeValue(null, KEY);
                if (!SAMPLE.equals(reader.getLocalName()) || key == null || key.isEmpty()) {
                    throw invalid(file, reader, "expected <sample key=\"...\">");
                }
                reader.nextTag();
                T value = unmarshaller.unmarshal(reader, type).getValue();
                if (samples.putIfAbsent(key, value) != null) {
                    throw invalid(file, reader, "key " + key + " appears twice");
                }
                if (reader.getEventType() != XMLStreamConstants.END_ELEMENT) {
                    reader.nextTag();
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("Sample file " + file + " not found. Run "
                    + "fr.passerelle.simulator.samples.SampleGenerator to write the samples again.", e);
        } catch (IOException | XMLStreamException | JAXBException e) {
            throw new IllegalStateException("Sample file " + file + " could not be read as " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
        return samples;
    }

    /** Writes samples in a stable form: the same entries always give the same bytes. */
    public static void write(Path file, List<Entry> entries) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<!-- Written by fr.passerelle.simulator.samples.SampleGenerator.\n"
                    + "     Change the generator and run it again rather than editing this file. -->\n");
            out.write("<samples>\n");
            for (Entry entry : entries) {
                out.write("  <sample key=\"" + escape(entry.key()) + "\">\n");
                for (String line : marshal(entry.element()).split("\n")) {
                    if (!line.isBlank()) {
                        out.write("    " + line.stripTrailing() + "\n");
                    }
                }
                out.write("  </sample>\n");
            }
            out.write("</samples>\n");
        }
    }

    private static String marshal(Object element) throws IOException {
        Class<?> type = element instanceof JAXBElement<?> jaxbElement ? jaxbElement.getDeclaredType() : element.getClass();
        try {
            Marshaller marshaller = context(type).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty("org.glassfish.jaxb.indentString", "  ");
            marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper",
                    new StablePrefixes(rootNamespace(element)));
            StringWriter text = new StringWriter();
            marshaller.marshal(element, text);
            return text.toString();
        } catch (JAXBException e) {
            throw new IOException("Writing a sample of " + type.getName() + " failed: " + e.getMessage(), e);
        }
    }

    private static String rootNamespace(Object element) {
        if (element instanceof JAXBElement<?> jaxbElement) {
            return jaxbElement.getName().getNamespaceURI();
        }
        XmlRootElement root = element.getClass().getAnnotation(XmlRootElement.class);
        String namespace = root == null ? "##default" : root.namespace();
        if ("##default".equals(namespace)) {
            XmlSchema schema = element.getClass().getPackage().getAnnotation(XmlSchema.class);
            namespace = schema == null ? "" : schema.namespace();
        }
        return namespace;
    }

    /**
     * Chooses namespace prefixes that do not depend on the JAXB context's internal order: the root element's
     * namespace is the default one, every other namespace gets a prefix derived from its URI.
     */
    private static final class StablePrefixes extends NamespacePrefixMapper {

        private final String rootNamespace;

        StablePrefixes(String rootNamespace) {
            this.rootNamespace = rootNamespace;
        }

        @Override
        public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
            if (namespaceUri.isEmpty() || (namespaceUri.equals(rootNamespace) && !requirePrefix)) {
                return "";
            }
            return "ns" + (Math.floorMod(namespaceUri.hashCode(), 900) + 100);
        }
    }

    private static JAXBContext context(Class<?> type) throws JAXBException {
        String contractPackage = type.getPackageName();
        JAXBContext context = CONTEXTS.get(contractPackage);
        if (context == null) {
            context = JAXBContext.newInstance(contractPackage, type.getClassLoader());
            CONTEXTS.putIfAbsent(contractPackage, context);
        }
        return context;
    }

    private static IllegalStateException invalid(Path file, XMLStreamReader reader, String reason) {
        return new IllegalStateException("Sample file " + file + " is invalid at line "
                + reader.getLocation().getLineNumber() + ": " + reason);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
