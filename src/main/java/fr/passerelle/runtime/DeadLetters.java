package fr.passerelle.runtime;

import fr.passerelle.canonical.CanonicalHeaders;
import fr.passerelle.connector.SoapErrors;
import fr.passerelle.store.AuditLog;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Prepares a message for its dead-letter queue: the reason, the origin queue and the time as headers, one ERROR line,
 * one audit row and the flow's count.
 *
 * <p>The error policy calls it for a failure that will not pass (a SOAP fault for invalid data, a malformed record) and
 * for a failure that did not pass within the broker's delivery attempts. The reason header keeps the product's whole
 * message, for the operator who mends the record; the log and the audit row name the record by business key and hide
 * the quoted values (see {@link Redaction}).
 */
public class DeadLetters {

    public static final String REASON = "passerelleDeadLetterReason";
    public static final String ORIGIN_QUEUE = "passerelleOriginQueue";
    public static final String DEAD_LETTERED_AT = "passerelleDeadLetteredAt";
    /** Artemis's own header naming the queue a dead-lettered message came from; the DLQ filters on it. */
    public static final String ARTEMIS_ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_REASON = 1000;

    private FlowStats flowStats;
    private AuditLog auditLog;

    public void mark(Exchange exchange, String flow, String queue) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Message in = exchange.getIn();
        String reason = reasonOf(failure);
        Long attempts = in.getHeader("JMSXDeliveryCount", Long.class);
        if (attempts != null && attempts > 1) {
            reason = reason + " (after " + attempts + " delivery attempts)";
        }
        String key = in.getHeader(CanonicalHeaders.KEY, String.class);
        in.setHeader(REASON, reason);
        in.setHeader(ORIGIN_QUEUE, queue);
        in.setHeader(ARTEMIS_ORIGINAL_QUEUE, queue);
        in.setHeader(DEAD_LETTERED_AT, Instant.now().toString());
        flowStats.deadLettered(flow);
        String redacted = Redaction.quotedValues(reason);
        auditLog.record(flow, in.getHeader(CanonicalHeaders.RUN, String.class), key, "DEAD_LETTERED", redacted);
        LOG.error("Flow {}: record {} from queue {} sent to the dead-letter queue: {}", flow, key, queue, redacted);
    }

    static String reasonOf(Throwable failure) {
        String reason = SoapErrors.describe(failure);
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    public void setFlowStats(FlowStats flowStats) {
        this.flowStats = flowStats;
    }

    public void setAuditLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }
}
