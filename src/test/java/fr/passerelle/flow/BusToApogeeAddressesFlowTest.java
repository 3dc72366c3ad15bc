package fr.passerelle.flow;

import fr.passerelle.contract.apogee.etudiant.MettreAJourAdressesEtudiant;
import fr.passerelle.flow.SampleFlowBus.Received;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.simulator.ApogeeSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample flow bus-to-apogee-addresses against the Apogée simulator: the address Apogée receives, and Apogée's
 * WebBaseException fault for an unknown student, dead-lettered with Apogée's message.
 */
class BusToApogeeAddressesFlowTest {

    private static final String FLOW = "bus-to-apogee-addresses";

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
    void addressReachesApogee() throws Exception {
        ApogeeSimulator apogee = start();

        SampleFlowBus.publish(bus, "passerelle.student-address", "student-address", "21000001",
                request("21000001"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !apogee.requests().of("mettreAJourAdressesEtudiant").isEmpty());

        MettreAJourAdressesEtudiant received = (MettreAJourAdressesEtudiant) apogee.requests()
                .of("mettreAJourAdressesEtudiant").get(0).payload();
        assertThat(received.getCodEtu()).isEqualTo("21000001");
        assertThat(received.getCoordonnees().getAnnee()).isEqualTo("2025");
        assertThat(received.getCoordonnees().getEmail()).isEqualTo("etudiant@example.org");
        assertThat(received.getCoordonnees().getAdresseFixe().getLibAd1()).isEqualTo("12 rue de la Paix");
        assertThat(received.getCoordonnees().getAdresseFixe().getCommune().getCodePostal()).isEqualTo("44000");
    }

    @Test
    void webBaseExceptionIsDeadLettered() throws Exception {
        ApogeeSimulator apogee = start();

        SampleFlowBus.publish(bus, "passerelle.student-address", "student-address", "29999999",
                request("29999999"));
        List<Received> dead = SampleFlowBus.drain(bus,
                "passerelle.dead-letter::DLQ.apogee.student-address", 20_000);

        assertThat(dead).singleElement().satisfies(message -> {
            assertThat(message.headers().get("passerelleKey")).isEqualTo("29999999");
            assertThat(message.headers().get("passerelleDeadLetterReason"))
                    .contains("WebBaseException").contains("technical.data.nullretrieve.etudiant")
                    .doesNotContain("delivery attempts");
        });
        assertThat(apogee.requests().of("mettreAJourAdressesEtudiant")).isEmpty();
    }

    private ApogeeSimulator start() {
        bus = SampleFlowBus.config(folder, List.of("apogee"), "passerelle.student-address::apogee.student-address",
                FLOW).start();
        return bus.simulators().get(ApogeeSimulator.class).orElseThrow();
    }

    private static String request(String studentNumber) {
        return "{\"_codEtu\":\"" + studentNumber + "\",\"_coordonnees\":{\"annee\":\"2025\","
                + "\"email\":\"etudiant@example.org\",\"numTelPortable\":\"0600000000\",\"typeHebergement\":\"1\","
                + "\"adresseFixe\":{\"libAd1\":\"12 rue de la Paix\",\"codPays\":\"100\","
                + "\"commune\":{\"codeInsee\":\"44109\",\"codePostal\":\"44000\"}}}}";
    }
}
