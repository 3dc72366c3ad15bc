package fr.passerelle.simulator.apogee;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the Apogée samples of the simulator: {@code reference/*.xml}, {@code students/<number>.xml} and
 * {@code index.txt}. The data is fictitious and drawn from a fixed seed, so two runs write the same bytes.
 *
 * <p>After changing the generator, run its {@code main} from the project folder with the runtime classpath and the
 * argument {@code samples/apogee}, and commit what it writes. {@code ApogeeSampleGeneratorTest} fails while the
 * committed files differ from its output.
 */
public final class ApogeeSampleGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(ApogeeSampleGenerator.class);
    private static final String HEADER = " Apogée simulator samples, written by ApogeeSampleGenerator: fictitious data. "
            + "Each sample holds one SOAP response element as Apogée 6.40 sends it. ";

    private ApogeeSampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/apogee");
        List<String> files = write(folder);
        LOG.info("Wrote {} Apogée sample files to {}", files.size(), folder);
    }

    /** Writes every sample file and the index under {@code folder}, and returns the paths the index lists. */
    public static List<String> write(Path folder) throws IOException {
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<Object>> file : ReferenceSamples.files().entrySet()) {
            files.put("reference/" + file.getKey() + ".xml", unkeyed(file.getValue()));
        }
        files.put("reference/OffreFormationMetier.xml", OfferSamples.payloads());
        for (StudentSamples.Student student : StudentSamples.students()) {
            Map<String, Object> samples = new LinkedHashMap<>();
            for (Object payload : StudentSamples.payloads(student)) {
                samples.put(String.valueOf(student.number()) + "\u0000" + payload.getClass().getSimpleName(), payload);
            }
            files.put("students/" + student.number() + ".xml", samples);
        }

        List<String> written = new ArrayList<>();
        try {
            for (Map.Entry<String, Map<String, Object>> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, serialize(file.getValue()), StandardCharsets.UTF_8);
                written.add(file.getKey());
            }
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write the Apogée samples: " + e, e);
        }
        Files.writeString(folder.resolve("index.txt"), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
        return written;
    }

    /** Keys the payloads of a reference file by position, written without a key. */
    private static Map<String, Object> unkeyed(List<Object> payloads) {
        Map<String, Object> samples = new LinkedHashMap<>();
        for (int i = 0; i < payloads.size(); i++) {
            samples.put("\u0000" + i, payloads.get(i));
        }
        return samples;
    }

    /** Marshallers by generated package, so that a payload declares its own namespace only. */
    private static final Map<String, Marshaller> MARSHALLERS = new java.util.HashMap<>();

    private static Marshaller marshaller(Class<?> payloadType) throws JAXBException {
        String pkg = payloadType.getPackageName();
        Marshaller marshaller = MARSHALLERS.get(pkg);
        if (marshaller == null) {
            try {
                marshaller = JAXBContext.newInstance(Class.forName(pkg + ".ObjectFactory")).createMarshaller();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Generated class missing: " + pkg + ".ObjectFactory", e);
            }
            MARSHALLERS.put(pkg, marshaller);
        }
        return marshaller;
    }

    private static String serialize(Map<String, Object> samples) throws JAXBException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.appendChild(document.createComment(HEADER));
            Element root = document.createElement("samples");
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            document.appendChild(root);
            for (Map.Entry<String, Object> sample : samples.entrySet()) {
                Element element = document.createElement("sample");
                String key = sample.getKey();
                int separator = key.indexOf('\u0000');
                String value = separator < 0 ? key : key.substring(0, separator);
                if (!value.isEmpty()) {
                    element.setAttribute("key", value);
                }
                root.appendChild(element);
                marshaller(sample.getValue().getClass()).marshal(sample.getValue(), element);
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString().replace("?><!--", "?>\n<!--").replace("--><samples", "-->\n<samples");
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("Cannot serialize an Apogée sample: " + e, e);
        }
    }
}
