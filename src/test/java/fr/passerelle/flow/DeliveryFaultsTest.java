package fr.passerelle.flow;

import fr.passerelle.flow.SampleFlowBus.Received;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.TestRuntime;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How the template soapQueueToOperation sorts the failures of a real SOAP server over HTTP, through the sample flow
 * bus-to-sinchro-absences: a SOAP 1.1 or 1.2 fault is permanent and goes to the dead-letter queue with the server's
 * message; HTTP 503, a refused connection and a receive timeout are transient, redelivered by the broker, and the
 * record is delivered once the server is back.
 */
class DeliveryFaultsTest {

    private static final String FLOW = "bus-to-sinchro-absences";
    private static final String DLQ = "passerelle.dead-letter::DLQ.sinchro.absence";

    @TempDir
    Path folder;

    private PasserelleRuntime bus;
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (bus != null) {
            bus.close();
        }
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void soap11FaultIsDeadLetteredWithMessage() throws Exception {
        FaultyAbsenceServer sinchro = server(freePort(), false);
        sinchro.refuseWith("Resource person UCN000159222 not found: create the person before their absences");
        start(sinchro.address(), "1.1");

        publish("CONGE-11");
        List<Received> dead = SampleFlowBus.drain(bus, DLQ, 20_000);

        assertThat(dead).singleElement().satisfies(message -> {
            assertThat(message.headers().get("passerelleKey")).isEqualTo("CONGE-11");
            assertThat(message.headers().get("passerelleDeadLetterReason"))
                    .contains("Resource person UCN000159222 not found").doesNotContain("delivery attempts");
            assertThat(message.body()).contains("\"identifiantSource\":\"CONGE-11\"");
        });
        assertThat(sinchro.requestCount()).isEqualTo(1);
    }

    @Test
    void soap12FaultIsDeadLetteredWithMessage() throws Exception {
        FaultyAbsenceServer sinchro = server(freePort(), true);
        sinchro.refuseWith("Invalid absence.dateFin '2026-13-40': expected a date as YYYY-MM-DD");
        start(sinchro.address(), "1.2");

        publish("CONGE-12");
        List<Received> dead = SampleFlowBus.drain(bus, DLQ, 20_000);

        assertThat(dead).singleElement().satisfies(message -> assertThat(
                message.headers().get("passerelleDeadLetterReason"))
                .contains("Invalid absence.dateFin '2026-13-40'").doesNotContain("delivery attempts"));
        assertThat(sinchro.requestCount()).isEqualTo(1);
    }

    @Test
    void soap12ServerDeliversWhenAccepted() throws Exception {
        FaultyAbsenceServer sinchro = server(freePort(), true);
        start(sinchro.address(), "1.2");

        publish("CONGE-13");
        await().atMost(Duration.ofSeconds(20)).until(() -> sinchro.received().size() == 1);

        assertThat(sinchro.received().get(0).getIdentifiantSource()).isEqualTo("CONGE-13");
        assertThat(sinchro.received().get(0).getMatricule()).isEqualTo("UCN000159222");
    }

    @Test
    void http503IsRedeliveredThenDelivered() throws Exception {
        FaultyAbsenceServer sinchro = server(freePort(), false);
        sinchro.unavailableFor(3);
        start(sinchro.address(), "1.1");

        publish("CONGE-503");
        awaitDelivered();

        assertThat(sinchro.requestCount()).isEqualTo(4);
        assertThat(sinchro.received()).singleElement()
                .satisfies(absence -> assertThat(absence.getIdentifiantSource()).isEqualTo("CONGE-503"));
        assertThat(bus.broker().messageCount("DLQ.sinchro.absence")).isZero();
    }

    @Test
    void refusedConnectionIsRedeliveredThenDelivered() throws Exception {
        int port = freePort();
        start("http://127.0.0.1:" + port + "/sinchro/AbsenceWebService", "1.1");
        NotifyBuilder twoFailures = new NotifyBuilder(bus.camelContext()).whenFailed(2).create();

        publish("CONGE-REFUSED");
        assertThat(twoFailures.matches(20, TimeUnit.SECONDS)).as("two refused deliveries").isTrue();
        FaultyAbsenceServer sinchro = server(port, false);
        awaitDelivered();

        assertThat(sinchro.received()).singleElement()
                .satisfies(absence -> assertThat(absence.getIdentifiantSource()).isEqualTo("CONGE-REFUSED"));
        assertThat(bus.broker().messageCount("DLQ.sinchro.absence")).isZero();
    }

    @Test
    void receiveTimeoutIsRedeliveredThenDelivered() throws Exception {
        FaultyAbsenceServer sinchro = server(freePort(), false);
        sinchro.slowFor(1, 2_000);
        start(sinchro.address(), "1.1");
        NotifyBuilder timedOut = new NotifyBuilder(bus.camelContext()).whenFailed(1).create();

        publish("CONGE-SLOW");
        assertThat(timedOut.matches(20, TimeUnit.SECONDS)).as("a delivery that timed out").isTrue();
        awaitDelivered();

        assertThat(sinchro.requestCount()).isGreaterThanOrEqualTo(2);
        assertThat(sinchro.received()).extracting(absence -> absence.getIdentifiantSource())
                .contains("CONGE-SLOW");
        assertThat(bus.broker().messageCount("DLQ.sinchro.absence")).isZero();
    }

    @Test
    void transientFailureIsDeadLetteredAfterLastAttempt() throws Exception {
        FaultyAbsenceServer sinchro = server(freePort(), false);
        sinchro.unavailableFor(1000);
        start(sinchro.address(), "1.1");

        publish("CONGE-DOWN");
        List<Received> dead = SampleFlowBus.drain(bus, DLQ, 30_000);

        assertThat(dead).singleElement().satisfies(message -> assertThat(
                message.headers().get("passerelleDeadLetterReason")).contains("503").contains("after 6 delivery attempts"));
        assertThat(sinchro.requestCount()).isEqualTo(6);
    }

    private FaultyAbsenceServer server(int port, boolean soap12) {
        FaultyAbsenceServer server = new FaultyAbsenceServer(port, soap12);
        servers.add(server);
        return server;
    }

    private void start(String address, String soapVersion) {
        TestRuntime config = SampleFlowBus.config(folder, List.of(), "passerelle.absence::sinchro.absence", FLOW)
                .with("sinchro.mode", "remote")
                .with("sinchro.absence.address", address)
                .with("sinchro.soap-version", soapVersion)
                .with("sinchro.receive-timeout-ms", "700")
                .with("passerelle.broker.redelivery.initial-delay-ms", "200")
                .with("passerelle.broker.redelivery.multiplier", "1.0")
                .with("passerelle.broker.redelivery.max-delay-ms", "200")
                .with("passerelle.broker.redelivery.max-attempts", "6");
        bus = config.start();
    }

    private void publish(String sourceId) throws Exception {
        SampleFlowBus.publish(bus, "passerelle.absence", "absence", sourceId,
                BusToSinchroAbsencesFlowTest.absence(sourceId, "UCN000159222"));
    }

    private void awaitDelivered() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> bus.flowStats().get(FLOW, FlowStats.Outcome.DELIVERED) == 1
                        && bus.broker().messageCount("sinchro.absence") == 0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
