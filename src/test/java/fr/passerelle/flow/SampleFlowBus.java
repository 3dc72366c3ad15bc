package fr.passerelle.flow;

import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.Simulators;
import fr.passerelle.runtime.TestRuntime;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.JobKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A bus booted with sample flows of samples/flows copied into a routes folder of its own, as an establishment
 * copies them into routes/, with the route templates and the error policy of the project.
 */
final class SampleFlowBus {

    private SampleFlowBus() {
    }

    /** Creates {@code folder/routes} with the error policy, the templates and the given sample flows. */
    static Path routesWith(Path folder, String... flows) {
        Path routes = folder.resolve("routes");
        try {
            Files.createDirectories(routes.resolve("templates"));
            Files.copy(Path.of("routes", "error-policy.camel.yaml"), routes.resolve("error-policy.camel.yaml"));
            try (Stream<Path> templates = Files.list(Path.of("routes", "templates"))) {
                for (Path template : templates.toList()) {
                    Files.copy(template, routes.resolve("templates").resolve(template.getFileName()));
                }
            }
            for (String flow : flows) {
                Files.copy(Path.of("samples", "flows", flow + ".camel.yaml"), routes.resolve(flow + ".camel.yaml"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }

    /**
     * Returns a test configuration with the given sample flows on, every product off except {@code simulated}, and
     * the given subscriptions declared.
     */
    static TestRuntime config(Path folder, List<String> simulated, String subscriptions, String... flows) {
        TestRuntime config = TestRuntime.in(folder.resolve("data"))
                .with("passerelle.routes-dir", routesWith(folder, flows).toString())
                .with("passerelle.broker.subscriptions", subscriptions);
        for (String product : Simulators.PRODUCTS) {
            config.with(product + ".mode", simulated.contains(product) ? "simulated" : "off");
        }
        for (String flow : flows) {
            config.flow(flow);
        }
        return config;
    }

    /** Fires a Quartz poll now, as its schedule would: the job of endpoint quartz:group/name. */
    static void firePoll(PasserelleRuntime bus, String group, String name) throws Exception {
        QuartzComponent quartz = bus.camelContext().getComponent("quartz", QuartzComponent.class);
        quartz.getScheduler().triggerJob(new JobKey(name, group));
    }

    /** A message read from a queue: its text and its string properties. */
    record Received(String body, Map<String, String> headers) {
    }

    /** Reads every message of a queue until none comes within the wait, and acknowledges them. */
    static List<Received> drain(PasserelleRuntime bus, String fqqn, long firstWaitMs) throws Exception {
        List<Received> received = new ArrayList<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(bus.broker().inVmUrl());
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(fqqn));
            Message message = consumer.receive(firstWaitMs);
            while (message != null) {
                Map<String, String> headers = new java.util.TreeMap<>();
                for (var names = message.getPropertyNames(); names.hasMoreElements(); ) {
                    String name = (String) names.nextElement();
                    headers.put(name, message.getStringProperty(name));
                }
                received.add(new Received(((TextMessage) message).getText(), headers));
                message = consumer.receive(500);
            }
        }
        return received;
    }

    /** Publishes a JSON record on a multicast address with the canonical headers a poll sets. */
    static void publish(PasserelleRuntime bus, String address, String kind, String key, String json)
            throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(bus.broker().inVmUrl());
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createTopic(address));
            TextMessage message = session.createTextMessage(json);
            message.setStringProperty("passerelleKind", kind);
            message.setStringProperty("passerelleSource", "test");
            message.setStringProperty("passerelleKey", key);
            message.setStringProperty("JMSXGroupID", key);
            producer.send(message);
        }
    }
}
