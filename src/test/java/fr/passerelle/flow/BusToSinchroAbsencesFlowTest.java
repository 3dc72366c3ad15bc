package fr.passerelle.flow;

import fr.passerelle.contract.sinchro.absence.DemiJournee;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessource;
import fr.passerelle.flow.SampleFlowBus.Received;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.simulator.SinchroSimulator;
import fr.passerelle.simulator.SinchroSimulator.ReceivedAbsence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sample flow bus-to-sinchro-absences against the SINCHRO simulator: what SINCHRO receives. */
class BusToSinchroAbsencesFlowTest {

    private static final String FLOW = "bus-to-sinchro-absences";
    private static final String MATRICULE = "UCN000159222";

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
    void absenceReachesSinchroWithItsFields() throws Exception {
        SinchroSimulator sinchro = start();

        SampleFlowBus.publish(bus, "passerelle.absence", "absence", "CONGE-1", absence("CONGE-1", MATRICULE));
        await().atMost(Duration.ofSeconds(30)).until(() -> sinchro.absences().containsKey("CONGE-1"));

        ReceivedAbsence received = sinchro.receivedAbsences().get(0);
        assertThat(received.accepted()).isTrue();
        assertThat(received.absence().getMatricule()).isEqualTo(MATRICULE);
        assertThat(received.absence().getTypeAbsence()).isEqualTo("CA");
        assertThat(received.absence().getDateDebut()).isEqualTo("2026-07-06");
        assertThat(received.absence().getDateFin()).isEqualTo("2026-07-10");
        assertThat(received.absence().getDebutDemiJournee()).isEqualTo(DemiJournee.APRES_MIDI);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> bus.flowStats().get(FLOW, FlowStats.Outcome.DELIVERED) == 1);
    }

    @Test
    void sameAbsenceTwiceIsSentOnce() throws Exception {
        SinchroSimulator sinchro = start();

        SampleFlowBus.publish(bus, "passerelle.absence", "absence", "CONGE-2", absence("CONGE-2", MATRICULE));
        SampleFlowBus.publish(bus, "passerelle.absence", "absence", "CONGE-2", absence("CONGE-2", MATRICULE));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> bus.flowStats().get(FLOW, FlowStats.Outcome.DELIVERED) == 2);

        assertThat(sinchro.receivedAbsences()).hasSize(1);
        assertThat(bus.broker().messageCount("DLQ.sinchro.absence")).isZero();
    }

    @Test
    void unknownFieldIsDeadLetteredWithItsName() throws Exception {
        SinchroSimulator sinchro = start();

        SampleFlowBus.publish(bus, "passerelle.absence", "absence", "CONGE-3",
                absence("CONGE-3", MATRICULE).replace("\"typeAbsence\"", "\"typeConge\""));
        List<Received> dead = SampleFlowBus.drain(bus, "passerelle.dead-letter::DLQ.sinchro.absence", 20_000);

        assertThat(dead).singleElement().satisfies(message -> assertThat(
                message.headers().get("passerelleDeadLetterReason")).contains("typeConge").contains("Absence"));
        assertThat(sinchro.receivedAbsences()).isEmpty();
    }

    private SinchroSimulator start() {
        bus = SampleFlowBus.config(folder, List.of("sinchro"), "passerelle.absence::sinchro.absence", FLOW).start();
        SinchroSimulator sinchro = bus.simulators().get(SinchroSimulator.class).orElseThrow();
        PersonneRessource person = new PersonneRessource();
        person.setMatricule(MATRICULE);
        person.setNom("Martin");
        person.setPrenom("Claire");
        sinchro.addPerson(person);
        return sinchro;
    }

    static String absence(String sourceId, String matricule) {
        return "{\"identifiantSource\":\"" + sourceId + "\",\"matricule\":\"" + matricule + "\","
                + "\"typeAbsence\":\"CA\",\"dateDebut\":\"2026-07-06\",\"debutDemiJournee\":\"APRES_MIDI\","
                + "\"dateFin\":\"2026-07-10\"}";
    }
}
