package fr.passerelle.simulator.apogee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import fr.passerelle.connector.ApogeeContract;

/**
 * Sample SOAP response payloads of the Apogée simulator, read from {@code samples/apogee/} on the classpath.
 *
 * <p>Each sample file is a {@code <samples>} element whose {@code <sample key="...">} children each contain one
 * response element exactly as Apogée sends it in the SOAP body, for example {@code recupererInfosAdmEtu_v4Response}.
 * The key is the student number for the files under {@code students/}, and is empty or names the step or element of
 * the other samples. {@code samples/apogee/index.txt} lists the files, one path a line.
 */
public final class ApogeeSamples {

    static final String FOLDER = "samples/apogee/";
    static final String INDEX = FOLDER + "index.txt";

    private final Map<Class<?>, Map<String, Object>> payloads;

    private ApogeeSamples(Map<Class<?>, Map<String, Object>> payloads) {
        this.payloads = payloads;
    }

    /** Reads every sample file listed in the classpath index. */
    public static ApogeeSamples load() {
        ClassLoader loader = ApogeeSamples.class.getClassLoader();
        List<String> files = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new IllegalStateException("Apogée samples not found: " + INDEX
                        + " is missing from the classpath; run ApogeeSampleGenerator to write samples/apogee/");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    files.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }

        Map<Class<?>, Map<String, Object>> payloads = new HashMap<>();
        try {
            Unmarshaller unmarshaller = context().createUnmarshaller();
            for (String file : files) {
                try (InputStream in = loader.getResourceAsStream(FOLDER + file)) {
                    if (in == null) {
                        throw new IllegalStateException("Apogée sample " + FOLDER + file + " is listed in " + INDEX
                                + " but missing from the classpath");
                    }
                    readFile(file, in, unmarshaller, payloads);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Apogée samples", e);
        } catch (JAXBException e) {
            throw new IllegalStateException("Invalid Apogée sample: " + e, e);
        }
        return new ApogeeSamples(payloads);
    }

    private static void readFile(String file, InputStream in, Unmarshaller unmarshaller,
            Map<Class<?>, Map<String, Object>> payloads) throws IOException, JAXBException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Invalid Apogée sample " + file + ": " + e.getMessage(), e);
        }
        for (Node node = document.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element sample && "sample".equals(sample.getLocalName())) {
                Element payload = firstElement(sample);
                if (payload == null) {
                    throw new IllegalStateException("Empty sample in Apogée sample " + file);
                }
                Object value = unmarshaller.unmarshal(payload);
                String key = sample.getAttribute("key");
                Object previous = payloads.computeIfAbsent(value.getClass(), c -> new LinkedHashMap<>()).put(key, value);
                if (previous != null) {
                    throw new IllegalStateException("Duplicate Apogée sample " + payload.getLocalName()
                            + " with key '" + key + "' in " + file);
                }
            }
        }
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    /** JAXB context of every Apogée request and response element. */
    static JAXBContext context() throws JAXBException {
        List<Class<?>> factories = new ArrayList<>();
        for (ApogeeContract contract : ApogeeContract.values()) {
            String factory = contract.serviceInterface().getPackageName() + ".ObjectFactory";
            try {
                factories.add(Class.forName(factory));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Generated class missing: " + factory, e);
            }
        }
        return JAXBContext.newInstance(factories.toArray(Class<?>[]::new));
    }

    /** Returns the payload of type {@code type} stored under {@code key}. */
    public <T> Optional<T> find(Class<T> type, String key) {
        return Optional.ofNullable(payloads.getOrDefault(type, Map.of()).get(key == null ? "" : key)).map(type::cast);
    }

    /** Returns the payload of type {@code type} stored without a key. */
    public <T> T reference(Class<T> type) {
        return find(type, "").orElseThrow(() -> new IllegalStateException(
                "Apogée sample missing: no " + type.getSimpleName() + " without key in " + FOLDER));
    }

    /** Returns the key under which {@code payload} is stored. */
    public <T> String keyOf(Class<T> type, T payload) {
        return payloads.getOrDefault(type, Map.of()).entrySet().stream()
                .filter(e -> e.getValue() == payload)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an Apogée sample: " + payload));
    }

    /** Returns every payload of type {@code type}, in file order. */
    public <T> Collection<T> all(Class<T> type) {
        return payloads.getOrDefault(type, Map.of()).values().stream().map(type::cast).toList();
    }
}
