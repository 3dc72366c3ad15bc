package fr.passerelle.simulator;

import fr.passerelle.contract.rof.offreformation.DocumentCdmfr;
import fr.passerelle.contract.rof.offreformation.FormationPubliable;
import fr.passerelle.contract.rof.offreformation.ObjetOffreApogee;
import fr.passerelle.contract.rof.offreformation.OffreFormation;
import fr.passerelle.contract.rof.offreformation.RofException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

import javax.xml.datatype.DatatypeFactory;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

class RofSimulatorTest {

    private static final String CDM = "http://cdm-fr.fr/2012/CDM";
    private static final String LICENCE_MATHS = "FR_RNE_0451234X_PR_LMATH";

    private static RofSimulator simulator;
    private static OffreFormation rof;

    @BeforeAll
    static void start() {
        simulator = new RofSimulator();
        simulator.start("http://127.0.0.1:" + SoapClients.freePort() + "/rof/services");
        rof = SoapClients.client(OffreFormation.class, simulator.addresses().get(RofSimulator.OFFRE_FORMATION));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @TestFactory
    List<DynamicTest> everyOperationRoundTrips() {
        return operationCases();
    }

    @Test
    void casesCoverEveryCatalogueOperation() {
        assertThat(operationCases()).extracting(DynamicTest::getDisplayName)
                .containsExactlyInAnyOrderElementsOf(CatalogueRows.operations("rof"));
    }

    private static List<DynamicTest> operationCases() {
        return List.of(
                dynamicTest("recupererRegistreFormations", () -> {
                    List<FormationPubliable> all = rof.recupererRegistreFormations("2025-2026", null, null);
                    List<FormationPubliable> sciences = rof.recupererRegistreFormations("2025-2026", "UFRST", null);
                    List<FormationPubliable> recent = rof.recupererRegistreFormations("2025-2026", null,
                            DatatypeFactory.newInstance().newXMLGregorianCalendar("2025-04-01T00:00:00"));
                    assertThat(all).hasSize(4).extracting(FormationPubliable::getTemoinPubliable)
                            .containsExactly("O", "O", "O", "N");
                    assertThat(sciences).singleElement().satisfies(programme -> {
                        assertThat(programme.getProgramID()).isEqualTo(LICENCE_MATHS);
                        assertThat(programme.getIntitule()).isEqualTo("Licence Mathématiques");
                        assertThat(programme.getCodeDiplomeApogee()).isEqualTo("LMAT");
                    });
                    assertThat(recent).extracting(FormationPubliable::getProgramID).containsExactly(
                            "FR_RNE_0451234X_PR_MHIST", "FR_RNE_0451234X_PR_LDROIT");
                    assertThat(rof.recupererRegistreFormations("2030-2031", null, null)).isEmpty();
                }),
                dynamicTest("recupererFormationCdmfr", () -> {
                    DocumentCdmfr document = rof.recupererFormationCdmfr(LICENCE_MATHS);
                    Element cdm = document.getAny();
                    assertThat(document.getProgramID()).isEqualTo(LICENCE_MATHS);
                    assertThat(document.getDateGeneration()).isNotNull();
                    assertThat(cdm.getNamespaceURI()).isEqualTo(CDM);
                    assertThat(cdm.getLocalName()).isEqualTo("CDM");
                    Element program = (Element) cdm.getElementsByTagNameNS(CDM, "program").item(0);
                    assertThat(program.getAttribute("id")).isEqualTo(LICENCE_MATHS);
                    assertThat(program.getElementsByTagNameNS(CDM, "subProgram").getLength()).isEqualTo(2);
                    assertThat(cdm.getElementsByTagNameNS(CDM, "course").getLength()).isEqualTo(5);
                    assertThat(cdm.getElementsByTagNameNS(CDM, "courseCode").item(0).getTextContent())
                            .isEqualTo("LMAT1U01");
                }),
                dynamicTest("exporterObjetsOffreApogee", () -> {
                    List<ObjetOffreApogee> courses = rof.exporterObjetsOffreApogee("2025-2026", "UFRST", "ELP");
                    List<ObjetOffreApogee> everything = rof.exporterObjetsOffreApogee("2025-2026", null, null);
                    assertThat(courses).extracting(ObjetOffreApogee::getCodeApogee).containsExactly("LMAT1U01",
                            "LMAT1U02", "LMAT1U03", "LMAT3U01", "LMAT3U02");
                    assertThat(courses.get(0)).satisfies(course -> {
                        assertThat(course.getCodeApogeeParent()).isEqualTo("LMAT1");
                        assertThat(course.getCreditsEcts()).isEqualByComparingTo("6");
                        assertThat(course.getLibelleCourt()).hasSizeLessThanOrEqualTo(25);
                        assertThat(course.getIdentifiantCdmfr()).isEqualTo("FR_RNE_0451234X_CO_LMAT1U01");
                    });
                    assertThat(everything).extracting(ObjetOffreApogee::getTypeObjet).contains("VDI", "VET", "ELP");
                    assertThat(everything).hasSize(19);
                }));
    }

    @Test
    void unknownProgrammeRaisesRofFault() {
        assertThatThrownBy(() -> rof.recupererFormationCdmfr("FR_RNE_0451234X_PR_NOPE"))
                .isInstanceOfSatisfying(RofException.class, fault -> {
                    assertThat(fault.getMessage())
                            .isEqualTo("Aucune formation ne porte l'identifiant FR_RNE_0451234X_PR_NOPE.");
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("FORMATION_INCONNUE");
                });
    }

    @Test
    void invalidParametersRaiseRofFault() {
        assertThatThrownBy(() -> rof.recupererRegistreFormations("2025", null, null))
                .isInstanceOf(RofException.class)
                .hasMessage("L'année universitaire 2025 n'est pas valide : AAAA-AAAA attendu, par exemple 2025-2026.");
        assertThatThrownBy(() -> rof.exporterObjetsOffreApogee("2025-2026", null, "UE"))
                .isInstanceOf(RofException.class)
                .hasMessage("Le type d'objet UE n'existe pas ; valeurs permises : VDI, VET, ELP.");
        assertThatThrownBy(() -> rof.recupererFormationCdmfr(" ")).isInstanceOf(RofException.class)
                .hasMessage("Le paramètre programID est obligatoire.");
    }
}
