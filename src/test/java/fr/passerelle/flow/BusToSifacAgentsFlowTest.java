package fr.passerelle.flow;

import fr.passerelle.flow.SampleFlowBus.Received;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.simulator.SifacAgent;
import fr.passerelle.simulator.SifacSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample flow bus-to-sifac-agents against the SIFAC simulator: an agent created, and SIFAC's refusals, which come
 * as BAPIRET2 rows of type E or A in an HTTP 200 response, dead-lettered with SIFAC's message.
 */
class BusToSifacAgentsFlowTest {

    private static final String FLOW = "bus-to-sifac-agents";
    private static final String DLQ = "passerelle.dead-letter::DLQ.sifac.agent";

    @TempDir
    Path folder;

    private PasserelleRuntime bus;

    @AfterEach
    void stop() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void agentIsCreatedInSifac() throws Exception {
        SifacSimulator sifac = start();

        SampleFlowBus.publish(bus, "passerelle.sifac-agent", "agent", "UVL000099001",
                agent("UVL000099001", "UVL", "1979-03-02"));
        await().atMost(Duration.ofSeconds(30)).until(() -> sifac.agent("UVL000099001").isPresent());

        SifacAgent created = sifac.agent("UVL000099001").orElseThrow();
        assertThat(created.nachn()).isEqualTo("DURAND");
        assertThat(created.vorna()).isEqualTo("Inès");
        assertThat(created.lifnr()).isNotBlank();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> bus.flowStats().get(FLOW, FlowStats.Outcome.DELIVERED) == 1);
    }

    @Test
    void errorRowIsDeadLetteredWithSifacMessage() throws Exception {
        SifacSimulator sifac = start();

        SampleFlowBus.publish(bus, "passerelle.sifac-agent", "agent", "UVL000099002",
                agent("UVL000099002", "UVL", ""));
        List<Received> dead = SampleFlowBus.drain(bus, DLQ, 20_000);

        assertThat(dead).singleElement().satisfies(message -> {
            assertThat(message.headers().get("passerelleKey")).isEqualTo("UVL000099002");
            assertThat(message.headers().get("passerelleDeadLetterReason"))
                    .contains("E ").contains("Le champ GBDAT est obligatoire").doesNotContain("delivery attempts");
        });
        assertThat(sifac.agent("UVL000099002")).isEmpty();
        assertThat(sifac.received("Z_PASS_CREER_AGENTS")).hasSize(1);
    }

    @Test
    void abortRowIsDeadLetteredWithSifacMessage() throws Exception {
        SifacSimulator sifac = start();

        SampleFlowBus.publish(bus, "passerelle.sifac-agent", "agent", "UVL000099003",
                agent("UVL000099003", "ZZZZ", "1979-03-02"));
        List<Received> dead = SampleFlowBus.drain(bus, DLQ, 20_000);

        assertThat(dead).singleElement().satisfies(message -> assertThat(
                message.headers().get("passerelleDeadLetterReason"))
                .contains("A ").contains("La société ZZZZ n'existe pas"));
        assertThat(sifac.received("Z_PASS_CREER_AGENTS")).hasSize(1);
        assertThat(bus.flowStats().get(FLOW, FlowStats.Outcome.DEAD_LETTERED)).isEqualTo(1);
    }

    private SifacSimulator start() {
        bus = SampleFlowBus.config(folder, List.of("sifac"), "passerelle.sifac-agent::sifac.agent", FLOW).start();
        return bus.simulators().get(SifacSimulator.class).orElseThrow();
    }

    static String agent(String matricule, String companyCode, String birthDate) {
        return "{\"IT_AGENTS\":{\"item\":[{\"MATRICULE\":\"" + matricule + "\",\"GESCH\":\"2\",\"NACHN\":\"DURAND\","
                + "\"VORNA\":\"Inès\",\"GBDAT\":\"" + birthDate + "\",\"BUKRS\":\"" + companyCode + "\","
                + "\"FICTR\":\"910\",\"BEGDA\":\"2026-09-01\",\"ENDDA\":\"9999-12-31\"}]}}";
    }
}
