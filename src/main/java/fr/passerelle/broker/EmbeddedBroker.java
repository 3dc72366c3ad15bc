package fr.passerelle.broker;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An ActiveMQ Artemis broker inside the process, with a persistent journal under the data folder.
 *
 * <p>It declares every subscription of {@link BrokerTopology} at start, so that a message published before its
 * consumer runs is kept. Redelivery and dead-lettering follow {@link RedeliveryPolicy}: the broker redelivers a rolled
 * back message with back-off, then moves it to the queue {@code DLQ.<queue>} on the dead-letter address.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final AtomicInteger NEXT_SERVER_ID = new AtomicInteger();

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final int serverId = NEXT_SERVER_ID.getAndIncrement();
    private final String tcpUrl;
    private final Configuration config;

    /**
     * @param dataDir folder that contains the journal, bindings, paging and large messages
     * @param tcpUrl  acceptor for clients outside the process, such as {@code tcp://127.0.0.1:61616}, or null for none
     */
    public EmbeddedBroker(Path dataDir, String tcpUrl, BrokerTopology topology, RedeliveryPolicy redelivery) {
        this.tcpUrl = tcpUrl;
        config = new ConfigurationImpl()
                .setName("passerelle")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString());
        try {
            config.addAcceptorConfiguration("in-vm", inVmUrl());
            if (tcpUrl != null && !tcpUrl.isBlank()) {
                config.addAcceptorConfiguration("tcp", tcpUrl);
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("Invalid broker acceptor URL " + tcpUrl + ": " + e.getMessage(), e);
        }
        config.addAddressSetting("#", redelivery.toAddressSettings());
        config.addAddressSetting(RedeliveryPolicy.DEAD_LETTER_ADDRESS, new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setAutoCreateDeadLetterResources(false));
        Map<String, CoreAddressConfiguration> addresses = new LinkedHashMap<>();
        CoreAddressConfiguration deadLetters = new CoreAddressConfiguration()
                .setName(RedeliveryPolicy.DEAD_LETTER_ADDRESS)
                .addRoutingType(RoutingType.MULTICAST);
        for (BrokerTopology.Subscription subscription : topology.subscriptions()) {
            QueueConfiguration queue = QueueConfiguration.of(subscription.queue())
                    .setAddress(subscription.address())
                    .setRoutingType(RoutingType.MULTICAST)
                    .setDurable(true);
            // NOTE: tested on new journals only; whether Artemis changes the filter of a queue an older journal
            // already holds, when passerelle.broker.filter.<queue> changes, is not checked.
            if (subscription.filter() != null) {
                queue.setFilterString(subscription.filter());
            }
            addresses.computeIfAbsent(subscription.address(), name -> new CoreAddressConfiguration()
                            .setName(name)
                            .addRoutingType(RoutingType.MULTICAST))
                    .addQueueConfiguration(queue);
            // Declared up front, with the filter Artemis gives the dead-letter queues it creates itself, so that a
            // message the bus dead-letters before the broker ever did still has a queue to go to.
            String deadLetterQueue = RedeliveryPolicy.deadLetterQueue(subscription.queue());
            deadLetters.addQueueConfiguration(QueueConfiguration.of(deadLetterQueue)
                    .setAddress(RedeliveryPolicy.DEAD_LETTER_ADDRESS)
                    .setRoutingType(RoutingType.MULTICAST)
                    .setFilterString("_AMQ_ORIG_QUEUE = '" + subscription.queue() + "'")
                    .setDurable(true));
        }
        addresses.values().forEach(config::addAddressConfiguration);
        config.addAddressConfiguration(deadLetters);
        server.setConfiguration(config);
    }

    /**
     * Sets the memory the broker's addresses may take before their messages page to disk; by default Artemis takes
     * half the maximum heap. A poll publishes all its records in one transaction, so a large poll relies on paging.
     */
    public void setGlobalMaxSize(long bytes) {
        config.setGlobalMaxSize(bytes);
    }

    /** Returns the URL a client in this process uses to reach the broker. */
    public String inVmUrl() {
        return "vm://" + serverId;
    }

    public String tcpUrl() {
        return tcpUrl;
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Embedded broker failed to start: " + e.getMessage()
                    + (tcpUrl == null ? "" : " (is " + tcpUrl + " already in use? set passerelle.broker.embedded.tcp-url)"), e);
        }
        // Artemis logs a failed acceptor and carries on: the bus must not run without the broker it announced.
        boolean acceptorsStarted = server.getActiveMQServer().isActive()
                && server.getActiveMQServer().getRemotingService().getAcceptors().values().stream()
                .allMatch(acceptor -> acceptor.isStarted());
        if (!acceptorsStarted) {
            close();
            throw new IllegalStateException("Embedded broker failed to start its acceptors (" + inVmUrl()
                    + (tcpUrl == null ? "" : ", " + tcpUrl) + "): see the Artemis messages above; if the port is in "
                    + "use, set passerelle.broker.embedded.tcp-url");
        }
        LOG.info("Embedded Artemis broker started ({}{})", inVmUrl(), tcpUrl == null ? "" : ", " + tcpUrl);
    }

    /** Returns the number of messages in a queue, including those being delivered, or -1 when it does not exist. */
    public long messageCount(String queueName) {
        Queue queue = server.getActiveMQServer().locateQueue(SimpleString.of(queueName));
        return queue == null ? -1 : queue.getMessageCount();
    }

    /** Returns the names of all queues, dead-letter queues included. */
    public List<String> queueNames() {
        return server.getActiveMQServer().getPostOffice().getAllBindings()
                .filter(binding -> binding instanceof org.apache.activemq.artemis.core.postoffice.QueueBinding)
                .map(binding -> binding.getUniqueName().toString())
                .sorted()
                .toList();
    }

    @Override
    public void close() {
        try {
            server.stop();
            LOG.info("Embedded Artemis broker stopped");
        } catch (Exception e) {
            LOG.warn("Embedded broker did not stop cleanly: {}", e.toString());
        }
    }
}
