package fr.passerelle.connector;

import fr.passerelle.contract.siham.dossieragent.DossierAgentWebService;
import fr.passerelle.contract.siham.dossieragentdate.DossierAgentDateWebService;
import fr.passerelle.contract.siham.dossierparametrage.DossierParametrageWebService;
import fr.passerelle.contract.siham.indicateur.IndicateurWebservice;
import fr.passerelle.contract.siham.listeagents.ListeAgentsWebService;
import fr.passerelle.contract.siham.listeparametrage.ListeParametrageWebService;
import fr.passerelle.contract.siham.nomenclaturepec.NomenclaturePECWebService;
import fr.passerelle.contract.siham.pec.PECWebService;
import fr.passerelle.contract.siham.rechercheagent.RechercheAgentWebService;
import fr.passerelle.contract.siham.utilisateurs.UtilisateursService;
import fr.passerelle.contract.sinchro.absence.AbsenceWebService;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessourceWebService;
import fr.passerelle.runtime.Simulators;
import fr.passerelle.simulator.SihamSimulator;
import fr.passerelle.simulator.SinchroSimulator;
import jakarta.jws.WebMethod;
import jakarta.jws.WebService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The SIHAM and SINCHRO catalogue rows against the product note, the generated contracts and the simulators. */
class SihamSinchroCatalogueTest {

    /** Service, operation and direction of the 27 SIHAM operations of the Amue product note, in its spelling. */
    private static final List<String[]> SIHAM_NOTE = List.of(
            new String[] {"DossierAgentWebService", "RecupDonneesPersonnelles", "outgoing"},
            new String[] {"DossierAgentWebService", "RecupDonneesAdministratives", "outgoing"},
            new String[] {"DossierAgentWebService", "RecupDonneesHeberges", "outgoing"},
            new String[] {"DossierAgentWebService", "RecupProchainEchelon", "outgoing"},
            new String[] {"DossierAgentWebService", "RecupTableauAvancement", "outgoing"},
            new String[] {"DossierAgentWebService", "RecupDonneesDeService", "outgoing"},
            new String[] {"DossierAgentWebService", "ModifDonneesPersonnelles", "incoming"},
            new String[] {"DossierAgentDateWebService", "RecupDonneesAgents", "outgoing"},
            new String[] {"ListeAgentsWebService", "RecupListeAgents", "outgoing"},
            new String[] {"ListeAgentsWebService", "RecupAgentsEcheance", "outgoing"},
            new String[] {"ListeAgentsWebService", "RecupAgentsModifParAffect", "outgoing"},
            new String[] {"ListeAgentsWebService", "RecupAgentsModifies", "outgoing"},
            new String[] {"ListeParametrageWebService", "RecupNomenclaturesModifiees", "outgoing"},
            new String[] {"ListeParametrageWebService", "RecupStructuresModifiés", "outgoing"},
            new String[] {"ListeParametrageWebService", "RecupStructuresEcheance", "outgoing"},
            new String[] {"DossierParametrageWebService", "RecupStructures", "outgoing"},
            new String[] {"DossierParametrageWebService", "RecupNomenclaturesRH", "outgoing"},
            new String[] {"IndicateurWebservice", "RecupererNbrIndividus", "outgoing"},
            new String[] {"UtilisateursService", "createOrModifyUserSiham", "incoming"},
            new String[] {"UtilisateursService", "disableUserSiham", "incoming"},
            new String[] {"NomenclaturePECWebService", "RecupEmploi", "outgoing"},
            new String[] {"NomenclaturePECWebService", "RecupNomenclaturePEC", "outgoing"},
            new String[] {"RechercheAgentWebService", "RechercheAgent", "outgoing"},
            new String[] {"PECWebService", "PriseEnChargeAgent", "incoming"},
            new String[] {"PECWebService", "RenouvellementAgent", "incoming"},
            new String[] {"PECWebService", "ModificationDatePEC", "incoming"},
            new String[] {"PECWebService", "AnnulationRenouvellement", "incoming"});

    private static final Map<String, Class<?>> CONTRACTS = Map.ofEntries(
            Map.entry("DossierAgentWebService", DossierAgentWebService.class),
            Map.entry("DossierAgentDateWebService", DossierAgentDateWebService.class),
            Map.entry("ListeAgentsWebService", ListeAgentsWebService.class),
            Map.entry("ListeParametrageWebService", ListeParametrageWebService.class),
            Map.entry("DossierParametrageWebService", DossierParametrageWebService.class),
            Map.entry("IndicateurWebservice", IndicateurWebservice.class),
            Map.entry("UtilisateursService", UtilisateursService.class),
            Map.entry("NomenclaturePECWebService", NomenclaturePECWebService.class),
            Map.entry("RechercheAgentWebService", RechercheAgentWebService.class),
            Map.entry("PECWebService", PECWebService.class),
            Map.entry("PersonneRessourceWebService", PersonneRessourceWebService.class),
            Map.entry("AbsenceWebService", AbsenceWebService.class));

    @Test
    void sihamRowsCoverProductNote() throws IOException {
        List<String[]> rows = rows("/catalogue/siham.tsv");

        assertThat(rows).hasSize(27);
        for (String[] operation : SIHAM_NOTE) {
            assertThat(rows).as("catalogue row for %s %s", operation[0], operation[1]).anySatisfy(row -> {
                assertThat(row[1]).isEqualTo(operation[0]);
                assertThat(row[3].isEmpty() ? row[2] : row[3]).isEqualTo(operation[1]);
                assertThat(row[4]).isEqualTo(operation[2]);
            });
        }
    }

    @Test
    void sinchroRowsCoverFiveOperations() throws IOException {
        List<String[]> rows = rows("/catalogue/sinchro.tsv");

        assertThat(rows).extracting(row -> row[2]).containsExactly("listerPersonnesActives",
                "creerPersonneRessource", "modifierPersonneRessource", "creerAbsence", "supprimerAbsence");
        assertThat(rows).extracting(row -> row[4])
                .containsExactly("outgoing", "incoming", "incoming", "incoming", "incoming");
        assertThat(rows).allSatisfy(row -> assertThat(row[3]).as("French label of the note").isNotBlank());
    }

    @Test
    void rowsMatchGeneratedContracts() throws IOException {
        for (String file : List.of("/catalogue/siham.tsv", "/catalogue/sinchro.tsv")) {
            for (String[] row : rows(file)) {
                Class<?> serviceInterface = CONTRACTS.get(row[1]);
                assertThat(serviceInterface).as("generated interface of %s", row[1]).isNotNull();
                Set<String> operations = Arrays.stream(serviceInterface.getMethods())
                        .filter(method -> method.getAnnotation(WebMethod.class) != null)
                        .map(SihamSinchroCatalogueTest::operationName)
                        .collect(Collectors.toSet());
                assertThat(operations).as("operations of %s", row[1]).contains(row[2]);
                assertThat(serviceInterface.getAnnotation(WebService.class).targetNamespace())
                        .isEqualTo("urn:passerelle:contract:" + row[0].toLowerCase() + ":" + row[1]);
                assertThat(row[6]).isEqualTo(Simulators.addressProperty(row[0].toLowerCase(), row[1]));
                assertThat(Files.exists(Path.of("wsdl", row[7]))).as(row[7]).isTrue();
                assertThat(row[8]).isEqualTo("ws");
                assertThat(row[5]).as("data of %s", row[2]).isNotBlank();
            }
        }
    }

    @Test
    void simulatorsPublishEveryCatalogueContract() throws IOException {
        Set<String> sihamContracts = rows("/catalogue/siham.tsv").stream().map(row -> row[1])
                .collect(Collectors.toSet());
        Set<String> sinchroContracts = rows("/catalogue/sinchro.tsv").stream().map(row -> row[1])
                .collect(Collectors.toSet());

        int port = freePort();
        try (SihamSimulator siham = SihamSimulator.fromSamples();
             SinchroSimulator sinchro = new SinchroSimulator()) {
            siham.start("http://127.0.0.1:" + port + "/siham");
            sinchro.start("http://127.0.0.1:" + port + "/sinchro");

            assertThat(siham.addresses().keySet()).isEqualTo(sihamContracts);
            assertThat(sinchro.addresses().keySet()).isEqualTo(sinchroContracts);
            for (String[] row : rows("/catalogue/siham.tsv")) {
                assertThat(siham.addresses().get(row[1])).isEqualTo("http://127.0.0.1:" + port + "/siham/" + row[1]);
            }
        }
    }

    /** Returns the WSDL operation of a generated method: its operationName, or the method name when empty. */
    private static String operationName(Method method) {
        String name = method.getAnnotation(WebMethod.class).operationName();
        return name.isEmpty() ? method.getName() : name;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = SihamSinchroCatalogueTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String[]> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .toList();
            assertThat(lines.get(0)).containsExactly("product", "contract", "operation", "note_name", "direction",
                    "data", "endpoint_property", "wsdl", "kind");
            assertThat(lines.subList(1, lines.size())).allSatisfy(row -> assertThat(row).hasSize(9));
            return lines.subList(1, lines.size());
        }
    }
}
