package fr.passerelle.store;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.CanonicalJson;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bean {@code agentMirror}: takes the canonical agents waiting on a queue, at most a batch at a time, and writes
 * them into the mirror tables, committing the database and then the JMS transaction, so that a crash in between
 * redelivers agents the tables already hold, which rewriting leaves unchanged.
 *
 * <p>A message that is not a canonical agent goes, in the same transaction, to the dead-letter address, where the
 * queue {@code DLQ.<queue>} takes it, with the reason.
 */
public class AgentMirrorDrain {

    private static final Logger LOG = LoggerFactory.getLogger(AgentMirrorDrain.class);

    private ConnectionFactory connectionFactory;
    private DataSource dataSource;
    private FlowStats flowStats;
    private String flow;
    private String queue;
    private int batchSize = 500;

    public void setConnectionFactory(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void setFlowStats(FlowStats flowStats) {
        this.flowStats = flowStats;
    }

    public void setFlow(String flow) {
        this.flow = flow;
    }

    /** Sets the queue, as {@code address::queue}. */
    public void setQueue(String queue) {
        this.queue = queue;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Writes batches until the queue is empty; returns the number of agents written. */
    public long drain() throws JMSException, SQLException {
        AgentMirror mirror = new AgentMirror(dataSource);
        long total = 0;
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
            while (true) {
                List<AgentMirror.Versioned> batch = new ArrayList<>();
                long rejected = 0;
                Message message;
                while (batch.size() + rejected < batchSize && (message = consumer.receive(200)) != null) {
                    try {
                        String json = ((TextMessage) message).getText();
                        batch.add(new AgentMirror.Versioned(CanonicalJson.fromJson(json, Agent.class),
                                CanonicalJson.version(json)));
                    } catch (ClassCastException | IllegalArgumentException e) {
                        TextMessage copy = session.createTextMessage(message instanceof TextMessage text
                                ? text.getText() : null);
                        copy.setStringProperty("passerelleKey", message.getStringProperty("passerelleKey"));
                        fr.passerelle.format.CanonicalBatchWriter.markDeadLetter(copy, queueName,
                                "not a canonical agent: " + e.getMessage());
                        deadLetters.send(copy);
                        rejected++;
                        LOG.error("Flow {}: message {} is not a canonical agent and goes to DLQ.{}", flow,
                                message.getStringProperty("passerelleKey"), queueName);
                    }
                }
                if (batch.isEmpty() && rejected == 0) {
                    session.commit();
                    return total;
                }
                try {
                    mirror.write(batch);
                } catch (SQLException | RuntimeException e) {
                    session.rollback();
                    throw e;
                }
                session.commit();
                total += batch.size();
                if (flowStats != null) {
                    flowStats.add(flow, FlowStats.Outcome.READ, batch.size() + rejected);
                    flowStats.add(flow, FlowStats.Outcome.DELIVERED, batch.size());
                    flowStats.add(flow, FlowStats.Outcome.DEAD_LETTERED, rejected);
                }
                LOG.info("Flow {}: {} agents written to the mirror tables", flow, batch.size());
            }
        }
    }
}
