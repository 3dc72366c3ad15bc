package fr.passerelle.flow;

import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.TestRuntime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The bus side of the large-response test, run in a JVM of its own with a small heap: boots the bus with the sample
 * flow rof-courses-to-bus against the address given, fires one poll and waits until every record is on the queue.
 *
 * <p>Arguments: the work folder, the ROF address, the number of records expected. Prints {@code published=N} and
 * exits 0 once all are on the queue; exits 1 when the poll fails or times out, and the JVM dies on its own heap limit.
 */
public final class LargeResponsePoll {

    private LargeResponsePoll() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String address = args[1];
        long expected = Long.parseLong(args[2]);
        TestRuntime config = SampleFlowBus.config(folder, List.of(), "passerelle.course::large.course",
                        "rof-courses-to-bus")
                .with("rof.mode", "remote")
                .with("rof.offre-formation.address", address)
                .with("rof.receive-timeout-ms", "600000")
                .with("passerelle.broker.embedded.global-max-size-mb", "8")
                .with("passerelle.broker.min-large-message-kb", "4");
        try (PasserelleRuntime bus = config.start()) {
            SampleFlowBus.firePoll(bus, "rof-courses-to-bus", "rof-recupererRegistreFormations");
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    bus.flowStats().get("rof-courses-to-bus", FlowStats.Outcome.DELIVERED) >= expected
                            && bus.broker().messageCount("large.course") >= expected);
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.println("published=" + bus.broker().messageCount("large.course") + " heapUsedMb="
                    + used / (1024 * 1024) + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } catch (Exception e) {
            System.out.println("failed=" + e);
            System.exit(1);
        }
        System.exit(0);
    }
}
