package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.referentielrh.ReferentielRhWebService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorLifecycleTest {

    @Test
    void closeReleasesThePort() throws Exception {
        for (ProductSimulator simulator : List.of(new HarpegeSimulator(), new SifacSimulator(), new RofSimulator())) {
            int port = SoapClients.freePort();
            simulator.start("http://127.0.0.1:" + port + "/" + simulator.product());
            assertThat(SoapClients.portIsFree(port)).as("%s listens while started", simulator.product()).isFalse();

            simulator.close();

            assertThat(SoapClients.portIsFree(port)).as("%s released port %d", simulator.product(), port).isTrue();
            assertThat(simulator.addresses()).isEmpty();
        }
    }

    @Test
    void simulatorsOnOnePortAnswerSideBySide() throws Exception {
        int port = SoapClients.freePort();
        try (HarpegeSimulator harpege = new HarpegeSimulator(); RofSimulator rof = new RofSimulator()) {
            harpege.start("http://127.0.0.1:" + port + "/harpege");
            rof.start("http://localhost:" + port + "/rof");

            ReferentielRhWebService client = SoapClients.client(ReferentielRhWebService.class,
                    harpege.addresses().get(HarpegeSimulator.REFERENTIEL_RH));
            assertThat(client.recuperCms("TP")).hasSize(1);
            assertThat(rof.addresses().get(RofSimulator.OFFRE_FORMATION))
                    .isEqualTo("http://localhost:" + port + "/rof/offreFormation");
        }
    }

    @Test
    void rejectsAddressOffLoopback() {
        try (HarpegeSimulator simulator = new HarpegeSimulator()) {
            assertThatThrownBy(() -> simulator.start("http://192.0.2.10:8080/harpege"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Simulator address http://192.0.2.10:8080/harpege is not on a loopback interface; "
                            + "use 127.0.0.1 or localhost");
            assertThatThrownBy(() -> simulator.start("http://127.0.0.1/harpege"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be an http URL with a host and a port");
        }
    }

    @Test
    void missingSamplesNameTheFile(@TempDir Path empty) {
        try (SifacSimulator simulator = new SifacSimulator(empty, "100")) {
            assertThatThrownBy(() -> simulator.start("http://127.0.0.1:" + SoapClients.freePort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Sample file " + empty.resolve("centres-financiers.xml") + " not found")
                    .hasMessageContaining("SampleGenerator");
        }
    }

    @Test
    void callsBeforeStartAreRejected() {
        HarpegeSimulator simulator = new HarpegeSimulator();

        assertThatThrownBy(simulator::received).isInstanceOf(IllegalStateException.class)
                .hasMessage("The Harpège simulator is not started");
    }
}
