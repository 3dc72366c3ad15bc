package fr.passerelle.connector;

import fr.passerelle.canonical.CanonicalHeaders;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.store.AuditLog;
import fr.passerelle.store.DeliveryStateStore;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The steps of the route template {@code soapQueueToOperation}: the request built from a queued JSON record, the
 * check of the product's response, and the record of what the product accepted.
 *
 * <p>The template passes its parameters as exchange properties: {@link #FLOW}, {@link #QUEUE}, {@link #PRODUCT},
 * {@link #SERVICE_CLASS}, {@link #OPERATION}, {@link #MAPPING} and {@link #SKIP_UNCHANGED}. A record whose content
 * version the product already accepted under the same business key is not sent again when skipUnchanged is true.
 */
public class SoapDelivery {

    public static final String FLOW = "passerelleFlow";
    /** The queue as {@code address::queue}; {@link #start} sets {@code passerelleQueue} to the queue name. */
    public static final String QUEUE_FQQN = "passerelleQueueFqqn";
    public static final String QUEUE = "passerelleQueue";
    public static final String PRODUCT = "passerelleProduct";
    public static final String SERVICE_CLASS = "passerelleServiceClass";
    public static final String OPERATION = "passerelleOperation";
    public static final String MAPPING = "passerelleMapping";
    public static final String SKIP_UNCHANGED = "passerelleSkipUnchanged";
    /** Header with {@code deliver} or {@code unchanged}. */
    public static final String ACTION = "passerelleAction";

    private static final Logger LOG = LoggerFactory.getLogger(SoapDelivery.class);

    private DeliveryStateStore deliveryState;
    private FlowStats flowStats;
    private AuditLog auditLog;
    private volatile ProducerTemplate producer;

    /** Sets the queue name for the error policy, and the key and version headers when the publisher left them out. */
    public void start(Exchange exchange) {
        String fqqn = exchange.getProperty(QUEUE_FQQN, String.class);
        int separator = fqqn.indexOf("::");
        exchange.setProperty(QUEUE, separator < 0 ? fqqn : fqqn.substring(separator + 2));
        Message in = exchange.getIn();
        if (in.getHeader(CanonicalHeaders.VERSION) == null) {
            in.setHeader(CanonicalHeaders.VERSION, CanonicalJson.version(in.getBody(String.class)));
        }
        if (in.getHeader(CanonicalHeaders.KEY) == null) {
            in.setHeader(CanonicalHeaders.KEY, in.getMessageId());
        }
    }

    /**
     * Decides whether the record goes to the product and, if so, replaces the JSON body with the operation's request:
     * from the mapping bean when the flow names one, else converted by {@link SoapRequests}.
     */
    public void prepare(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        String key = in.getHeader(CanonicalHeaders.KEY, String.class);
        String version = in.getHeader(CanonicalHeaders.VERSION, String.class);
        if (Boolean.TRUE.equals(exchange.getProperty(SKIP_UNCHANGED, Boolean.class))) {
            Optional<String> delivered = deliveryState.version(target(exchange), key);
            if (delivered.isPresent() && delivered.get().equals(version)) {
                in.setHeader(ACTION, "unchanged");
                return;
            }
        }
        in.setHeader(ACTION, "deliver");
        String mapping = exchange.getProperty(MAPPING, String.class);
        if (mapping != null && !mapping.isBlank()) {
            producer(exchange).send("bean:" + mapping.strip(), exchange);
            if (exchange.getException() != null) {
                Exception failure = exchange.getException();
                exchange.setException(null);
                throw failure;
            }
            return;
        }
        Class<?> serviceClass = exchange.getContext().getClassResolver()
                .resolveMandatoryClass(exchange.getProperty(SERVICE_CLASS, String.class));
        String json = in.getBody(String.class);
        try {
            in.setBody(SoapRequests.of(serviceClass, exchange.getProperty(OPERATION, String.class)).fromJson(json));
        } catch (IllegalArgumentException e) {
            throw new PermanentDeliveryException("Record " + key + " cannot be converted into the request of "
                    + exchange.getProperty(OPERATION) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rejects a response that carries SAP error rows: a BAPIRET2 {@code RETURN} table with a row of type E or A
     * means the product rejected the record although its HTTP status was 200.
     *
     * @throws PermanentDeliveryException with the product's messages, so the record goes to the dead-letter queue
     */
    public void checkResponse(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        List<?> values = List.of();
        if (body instanceof List<?> list) {
            values = list;
        } else if (body != null) {
            values = List.of(body);
        }
        for (Object value : values) {
            Optional<SapReturn> sapReturn = SoapRequests.sapReturn(value);
            if (sapReturn.isPresent() && sapReturn.get().failed()) {
                throw new PermanentDeliveryException(exchange.getProperty(PRODUCT) + " rejected record "
                        + exchange.getIn().getHeader(CanonicalHeaders.KEY) + " in "
                        + exchange.getProperty(OPERATION) + ": " + sapReturn.get().errorSummary());
            }
        }
    }

    /** Records that the product accepted the record, so the same content is not sent again. */
    public void delivered(Exchange exchange) {
        Message in = exchange.getIn();
        String flow = exchange.getProperty(FLOW, String.class);
        String key = in.getHeader(CanonicalHeaders.KEY, String.class);
        deliveryState.record(target(exchange), key, in.getHeader(CanonicalHeaders.VERSION, String.class));
        auditLog.record(flow, in.getHeader(CanonicalHeaders.RUN, String.class), key, "DELIVERED",
                String.valueOf(exchange.getProperty(OPERATION)));
        flowStats.delivered(flow);
        LOG.info("Flow {}: record {} delivered to {} {}, message {}", flow, key, exchange.getProperty(PRODUCT),
                exchange.getProperty(OPERATION), in.getMessageId());
    }

    /** Counts a record whose content the product already has. */
    public void unchanged(Exchange exchange) {
        Message in = exchange.getIn();
        String flow = exchange.getProperty(FLOW, String.class);
        flowStats.delivered(flow);
        LOG.info("Flow {}: record {} unchanged since its last delivery to {}, not sent", flow,
                in.getHeader(CanonicalHeaders.KEY), exchange.getProperty(PRODUCT));
    }

    private static String target(Exchange exchange) {
        return exchange.getProperty(PRODUCT) + "." + exchange.getProperty(OPERATION);
    }

    private ProducerTemplate producer(Exchange exchange) {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = exchange.getContext().createProducerTemplate();
                }
            }
        }
        return producer;
    }

    public void setDeliveryState(DeliveryStateStore deliveryState) {
        this.deliveryState = deliveryState;
    }

    public void setFlowStats(FlowStats flowStats) {
        this.flowStats = flowStats;
    }

    public void setAuditLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }
}
