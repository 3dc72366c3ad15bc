package fr.passerelle.format;

import fr.passerelle.runtime.FlowStats;
import fr.passerelle.broker.RedeliveryPolicy;
import fr.passerelle.runtime.DeadLetters;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The bean {@code canonicalFiles}: drains canonical records waiting on a queue into one import file for a product, in
 * one JMS transaction that commits only once the file is published, so a crash before that leaves every message on
 * the queue.
 *
 * <p>A record that the layout rejects (a value too long for its field, a missing mandatory value, a character the
 * file's encoding cannot hold) goes, within the same transaction, to the dead-letter address, where the queue
 * {@code DLQ.<queue>} takes it, with the reason in {@code passerelleDeadLetterReason}, as in the other flows.
 *
 * <p>Reads the exchange properties {@code passerelleFlow}, {@code passerelleQueue} (as {@code address::queue}),
 * {@code passerelleOutputLayout} (a layout id, or {@code cdm-fr} for a CDM-fr XML file of course-offer records),
 * {@code passerelleOutbox}, {@code passerelleFilePrefix} and {@code passerelleBatchSize}.
 */
public class CanonicalBatchWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CanonicalBatchWriter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final long FIRST_WAIT_MS = 200;
    private static final long NEXT_WAIT_MS = 500;

    private ConnectionFactory connectionFactory;
    private FlowStats flowStats;
    private String layoutsDir;

    public void setConnectionFactory(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    public void setFlowStats(FlowStats flowStats) {
        this.flowStats = flowStats;
    }

    public void setLayoutsDir(String layoutsDir) {
        this.layoutsDir = layoutsDir;
    }

    /** Writes the waiting records, at most the batch size, into one file; writes nothing when the queue is empty. */
    public void drain(Exchange exchange) throws JMSException, IOException {
        String flow = exchange.getProperty("passerelleFlow", String.class);
        String queue = exchange.getProperty("passerelleQueue", String.class);
        String layoutId = exchange.getProperty("passerelleOutputLayout", String.class);
        Path outbox = Path.of(exchange.getProperty("passerelleOutbox", String.class));
        int batchSize = exchange.getProperty("passerelleBatchSize", Integer.class);
        String prefix = exchange.getProperty("passerelleFilePrefix", String.class) + "_" + LocalDateTime.now().format(STAMP);
        ImportFile file = layoutId.equals(CdmFrImportFile.LAYOUT_ID) ? new CdmFrImportFile(outbox, prefix + ".xml")
                : new LayoutImportFile(new LayoutLoader(layoutsDir).load(layoutId), outbox, prefix);

        // The connection factory caches connections and sessions, so only closing the consumer hands back the
        // messages it prefetched. A consumer left open would keep them from every later drain.
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            connection.start();
            String queueName = queue.contains("::") ? queue.substring(queue.indexOf("::") + 2) : queue;
            // Dead letters go to the dead-letter address; the queue DLQ.<queue> there takes those whose origin is ours.
            MessageProducer deadLetters = session.createProducer(
                    session.createTopic(RedeliveryPolicy.DEAD_LETTER_ADDRESS));
            long written = 0;
            long rejected = 0;
            List<FieldError> errors = new ArrayList<>();
            try {
                Message message;
                while (written + rejected < batchSize
                        && (message = consumer.receive(written + rejected == 0 ? FIRST_WAIT_MS : NEXT_WAIT_MS)) != null) {
                    String key = message.getStringProperty("passerelleKey");
                    errors.clear();
                    boolean added = message instanceof TextMessage text
                            && file.add(text.getText(), written + rejected + 1, errors);
                    if (added) {
                        written++;
                        continue;
                    }
                    String reason = errors.isEmpty() ? "the message is not a text message" : describe(errors, layoutId);
                    TextMessage copy = session.createTextMessage(message instanceof TextMessage text
                            ? text.getText() : null);
                    copyHeaders(message, copy);
                    markDeadLetter(copy, queueName, reason);
                    deadLetters.send(copy);
                    rejected++;
                    LOG.error("Flow {}: record {} cannot be written to layout {} and goes to DLQ.{}: {}", flow, key,
                            layoutId, queueName, reason);
                }
                String published = file.commit();
                session.commit();
                if (flowStats != null) {
                    flowStats.add(flow, FlowStats.Outcome.READ, written + rejected);
                    flowStats.add(flow, FlowStats.Outcome.DELIVERED, written);
                    flowStats.add(flow, FlowStats.Outcome.DEAD_LETTERED, rejected);
                }
                if (published != null) {
                    LOG.info("Flow {}: {} records from {} written to {}", flow, written, queue, outbox.resolve(published));
                }
            } catch (JMSException | IOException | RuntimeException e) {
                file.abort();
                session.rollback();
                throw e;
            }
        }
    }

    private static String describe(List<FieldError> errors, String layoutId) {
        StringBuilder reason = new StringBuilder("layout ").append(layoutId).append(": ");
        for (int i = 0; i < errors.size(); i++) {
            FieldError error = errors.get(i);
            reason.append(i == 0 ? "" : "; ").append(error.field()).append(' ').append(error.rule()).append(": ")
                    .append(error.message());
        }
        return reason.toString();
    }

    /** Sets the headers the bus's dead-letter queues filter and report on, as {@link DeadLetters} does. */
    public static void markDeadLetter(Message message, String queueName, String reason) throws JMSException {
        message.setStringProperty(DeadLetters.REASON, reason);
        message.setStringProperty(DeadLetters.ORIGIN_QUEUE, queueName);
        message.setStringProperty(DeadLetters.ARTEMIS_ORIGINAL_QUEUE, queueName);
        message.setStringProperty(DeadLetters.DEAD_LETTERED_AT, java.time.Instant.now().toString());
    }

    private static void copyHeaders(Message from, Message to) throws JMSException {
        for (String header : List.of("passerelleKind", "passerelleSource", "passerelleKey", "passerelleVersion",
                "passerelleRun", "JMSXGroupID")) {
            String value = from.getStringProperty(header);
            if (value != null) {
                to.setStringProperty(header, value);
            }
        }
    }
}
