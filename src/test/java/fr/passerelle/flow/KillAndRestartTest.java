package fr.passerelle.flow;

import fr.passerelle.runtime.Simulators;
import fr.passerelle.simulator.SihamSimulator;
import fr.passerelle.simulator.SinchroSimulator;
import fr.passerelle.simulator.SinchroSimulator.PersonOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bus in a process of its own, killed with SIGKILL while agents flow, then started again on the same data folder:
 * nothing is lost and nothing is created twice in SINCHRO, whose simulator runs in the test and outlives both
 * processes.
 */
class KillAndRestartTest {

    @TempDir
    Path dataDir;

    private SihamSimulator siham;
    private SinchroSimulator sinchro;
    private Process bus;

    @BeforeEach
    void startSimulators() throws IOException {
        int port = freePort();
        siham = SihamSimulator.fromSamples(Path.of("samples"));
        siham.start("http://127.0.0.1:" + port + "/siham");
        sinchro = new SinchroSimulator();
        sinchro.start("http://127.0.0.1:" + port + "/sinchro");
    }

    @AfterEach
    void stopEverything() {
        if (bus != null) {
            bus.destroyForcibly();
        }
        sinchro.close();
        siham.close();
    }

    @Test
    void killedBusLosesNothingAfterRestart() throws Exception {
        sinchro.delayNextCalls(150, Duration.ofMillis(20));
        bus = startBus("first.log");
        await().atMost(Duration.ofSeconds(90)).until(() -> sinchro.persons().size() >= 60);

        bus.destroyForcibly().waitFor();
        int beforeRestart = sinchro.persons().size();
        assertThat(beforeRestart).isLessThan(siham.agents().size());

        bus = startBus("second.log");
        await().atMost(Duration.ofSeconds(120)).until(() -> sinchro.persons().size() == siham.agents().size());

        Map<String, Long> creates = sinchro.receivedPersons().stream()
                .filter(person -> person.operation() == PersonOperation.CREATE && person.accepted())
                .collect(Collectors.groupingBy(person -> person.person().getMatricule(), Collectors.counting()));
        assertThat(creates).hasSize(siham.agents().size());
        assertThat(creates.values()).allMatch(count -> count == 1);
    }

    private Process startBus(String logName) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "fr.passerelle.runtime.PasserelleCommand", "run",
                "--data-dir", dataDir.toString()));
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("passerelle.routes-dir", Path.of("routes").toAbsolutePath().toString());
        settings.put("passerelle.samples-dir", Path.of("samples").toAbsolutePath().toString());
        settings.put("passerelle.broker.embedded.tcp-url", "");
        settings.put("passerelle.broker.redelivery.initial-delay-ms", "100");
        settings.put("passerelle.broker.redelivery.max-delay-ms", "500");
        settings.put("flow.apogee-notes.enabled", "false");
        settings.put("flow.siham-to-sinchro.cron", "0/2 * * * * ?");
        settings.put("siham.mode", "remote");
        settings.put("sinchro.mode", "remote");
        siham.addresses().forEach((contract, address) -> settings.put(Simulators.addressProperty("siham", contract), address));
        sinchro.addresses().forEach((contract, address) -> settings.put(Simulators.addressProperty("sinchro", contract), address));
        for (String product : List.of("apogee", "harpege", "sifac", "rof")) {
            settings.put(product + ".mode", "off");
        }
        settings.forEach((key, value) -> {
            command.add("--set");
            command.add(key + "=" + value);
        });
        File log = dataDir.resolve(logName).toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
