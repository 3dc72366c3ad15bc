package fr.passerelle.connector;

import fr.passerelle.canonical.CanonicalHeaders;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.store.AuditLog;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.cxf.staxutils.StaxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The steps of the route template {@code soapPollToAddress}: the request of the poll, the records of the response
 * and the canonical message of each record.
 *
 * <p>The template passes its parameters as exchange properties: {@link #FLOW}, {@link #REQUEST}, {@link #REQUEST_FILE},
 * {@link #RECORD_PATH}, {@link #KIND}, {@link #SOURCE}.
 */
public class SoapPoll {

    public static final String FLOW = "passerelleFlow";
    public static final String REQUEST = "passerelleRequest";
    public static final String REQUEST_FILE = "passerelleRequestFile";
    public static final String RECORD_PATH = "passerelleRecordPath";
    public static final String KIND = "passerelleKind";
    public static final String SOURCE = "passerelleSource";
    public static final String OPERATION = "passerelleOperation";
    public static final String RUN = CanonicalHeaders.RUN;
    /** Exchange property: false for a record that is not to be published. */
    public static final String PUBLISH = "passerellePublish";
    /** Exchange property with the {@link XmlRecords} of the response, for the count at the end of the poll. */
    public static final String RECORDS = "passerelleRecords";

    private static final Logger LOG = LoggerFactory.getLogger(SoapPoll.class);

    private FlowStats flowStats;
    private AuditLog auditLog;

    /**
     * Starts a poll: a run id, and the request as the body, from the request expression's value or else from the
     * request file, whose text may contain Simple expressions such as {@code ${date:now:yyyy-MM-dd}}.
     */
    public void request(Exchange exchange) {
        exchange.setProperty(RUN, UUID.randomUUID().toString());
        String xml = exchange.getProperty(REQUEST, String.class);
        String file = exchange.getProperty(REQUEST_FILE, String.class);
        String origin = "the request expression";
        if (xml == null || xml.isBlank()) {
            if (file == null || file.isBlank()) {
                throw new IllegalArgumentException("Flow " + flow(exchange) + ": the poll of "
                        + exchange.getProperty(OPERATION) + " has neither a request nor a requestFile: set one of "
                        + "the two template parameters");
            }
            origin = "request file " + file;
            xml = exchange.getContext().resolveLanguage("simple").createExpression(readFile(Path.of(file)))
                    .evaluate(exchange, String.class);
        }
        Element request = parse(xml.strip(), origin);
        SoapClientConfigurer client = exchange.getContext().getRegistry().lookupByNameAndType(
                exchange.getProperty(SOURCE, String.class) + "SoapClient", SoapClientConfigurer.class);
        boolean soap12 = client != null && client.soap12();
        UsernameTokenInterceptor token = client == null ? null : client.usernameToken();
        exchange.getIn().setBody(envelope(request, soap12, token == null ? null : token.securityElement()));
        exchange.getIn().setHeader("Content-Type", soap12 ? "application/soap+xml; charset=UTF-8"
                : "text/xml; charset=UTF-8");
        if (!soap12) {
            // NOTE: the empty SOAPAction of every WSDL in wsdl/; a server that dispatches on SOAPAction needs its own.
            exchange.getIn().setHeader("SOAPAction", "\"\"");
        }
    }

    /**
     * Writes the SOAP envelope of a request: the call goes in RAW mode, so that the response can be read as a
     * stream, and the envelope, with its WS-Security header when the product requires one, is written here.
     */
    static String envelope(Element request, boolean soap12, Element security) {
        String namespace = soap12 ? "http://www.w3.org/2003/05/soap-envelope"
                : "http://schemas.xmlsoap.org/soap/envelope/";
        StringBuilder out = new StringBuilder("<soap:Envelope xmlns:soap=\"").append(namespace).append("\">");
        if (security != null) {
            security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:soap", namespace);
            security.setAttributeNS(namespace, "soap:mustUnderstand", soap12 ? "true" : "1");
            out.append("<soap:Header>").append(StaxUtils.toString(security)).append("</soap:Header>");
        }
        out.append("<soap:Body>").append(StaxUtils.toString(request)).append("</soap:Body></soap:Envelope>");
        return out.toString();
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the request file " + file.toAbsolutePath() + ": "
                    + e.getMessage() + "; check the requestFile parameter of the flow", e);
        }
    }

    /** Parses the operation's request element. */
    static Element parse(String xml, String origin) {
        Document document;
        try {
            document = StaxUtils.read(new StringReader(xml));
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Invalid XML in " + origin + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ": " + e.getMessage()
                    + "; write the operation's request element, for example <ns:operation xmlns:ns=\"...\">", e);
        }
        return document.getDocumentElement();
    }

    /**
     * Returns the records of the response as an iterator that reads one record at a time from the HTTP stream. The
     * stream is closed once the exchange completes, whether every record was read or not.
     */
    public XmlRecords records(Exchange exchange) {
        InputStream body = exchange.getIn().getBody(InputStream.class);
        if (body == null) {
            throw new IllegalStateException("Flow " + flow(exchange) + ": the response of "
                    + exchange.getProperty(OPERATION) + " is empty");
        }
        XmlRecords records = XmlRecords.ofEnvelope(body, exchange.getProperty(RECORD_PATH, String.class));
        exchange.setProperty(RECORDS, records);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                records.close();
            }
        });
        return records;
    }

    /**
     * Turns a record into its canonical message: the JSON body and the canonical headers. The business key is the
     * header {@code passerelleKey} that the template set from its key expression; a record without one is rejected,
     * counted and logged, and the poll goes on.
     *
     * Sets the exchange property {@link #PUBLISH} to false for a record rejected for want of a key, which the
     * route then does not publish.
     */
    @SuppressWarnings("unchecked")
    public void toMessage(Exchange exchange) {
        Message in = exchange.getIn();
        Map<String, Object> record = in.getBody(Map.class);
        String flow = flow(exchange);
        flowStats.read(flow);
        String key = in.getHeader(CanonicalHeaders.KEY, String.class);
        String run = exchange.getProperty(RUN, String.class);
        if (key == null || key.isBlank()) {
            Long index = exchange.getProperty(Exchange.SPLIT_INDEX, Long.class);
            String reason = "record " + (index == null ? "?" : index + 1) + " of the response of "
                    + exchange.getProperty(OPERATION) + " has no business key: the key expression gives nothing for "
                    + "it; fix the key parameter of the flow";
            flowStats.rejected(flow);
            auditLog.record(flow, run, "", "REJECTED", reason);
            LOG.error("Flow {} run {}: {}", flow, run, reason);
            exchange.setProperty(PUBLISH, false);
            return;
        }
        String json = CanonicalJson.toJson(record);
        CanonicalHeaders.set(in, exchange.getProperty(KIND, String.class), exchange.getProperty(SOURCE, String.class),
                key.strip(), CanonicalJson.version(json), run);
        in.setBody(json);
        exchange.setProperty(PUBLISH, true);
    }

    /** Counts a record published on the multicast address. */
    public void published(Exchange exchange) {
        flowStats.delivered(flow(exchange));
    }

    /** Logs the end of a poll whose records are all published, once the JMS transaction has committed. */
    public void finish(Exchange exchange) {
        XmlRecords records = exchange.getProperty(RECORDS, XmlRecords.class);
        LOG.info("Flow {} run {}: {} {} records read from {}.{}, published on the broker", flow(exchange),
                exchange.getProperty(RUN), records == null ? 0 : records.count(), exchange.getProperty(KIND),
                exchange.getProperty(SOURCE), exchange.getProperty(OPERATION));
    }

    private static String flow(Exchange exchange) {
        return exchange.getProperty(FLOW, String.class);
    }

    public void setFlowStats(FlowStats flowStats) {
        this.flowStats = flowStats;
    }

    public void setAuditLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }
}
