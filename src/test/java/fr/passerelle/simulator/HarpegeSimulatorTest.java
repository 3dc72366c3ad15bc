package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.dossierrhadministratif.DossierRhAdministratifWebService;
import fr.passerelle.contract.harpege.dossierrhadministratif.PersonneSinchroDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.DossierRhPersonnelWebService;
import fr.passerelle.contract.harpege.dossierrhpersonnel.HarpegeFonctionnelleException_Exception;
import fr.passerelle.contract.harpege.dossierrhpersonnel.HarpegeTechniqueException_Exception;
import fr.passerelle.contract.harpege.dossierrhpersonnel.MiseAJourResponseWSDto;
import fr.passerelle.contract.harpege.dossierrhpersonnel.ModificationAdressePersonnelleDto;
import fr.passerelle.contract.harpege.referentielgeographique.ConsultationStructuresDto;
import fr.passerelle.contract.harpege.referentielgeographique.ReferentielGeographiqueWebService;
import fr.passerelle.contract.harpege.referentielrh.IndividuReponseDto;
import fr.passerelle.contract.harpege.referentielrh.ReferentielRhWebService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

class HarpegeSimulatorTest {

    private static final XMLGregorianCalendar OBSERVATION = date("2025-09-01");

    private static HarpegeSimulator simulator;
    private static DossierRhPersonnelWebService personnel;
    private static DossierRhAdministratifWebService administratif;
    private static ReferentielGeographiqueWebService geographique;
    private static ReferentielRhWebService rh;

    @BeforeAll
    static void start() {
        simulator = new HarpegeSimulator();
        simulator.start("http://127.0.0.1:" + SoapClients.freePort() + "/HarpegeWebService/services");
        personnel = SoapClients.client(DossierRhPersonnelWebService.class,
                simulator.addresses().get(HarpegeSimulator.DOSSIER_RH_PERSONNEL));
        administratif = SoapClients.client(DossierRhAdministratifWebService.class,
                simulator.addresses().get(HarpegeSimulator.DOSSIER_RH_ADMINISTRATIF));
        geographique = SoapClients.client(ReferentielGeographiqueWebService.class,
                simulator.addresses().get(HarpegeSimulator.REFERENTIEL_GEOGRAPHIQUE));
        rh = SoapClients.client(ReferentielRhWebService.class,
                simulator.addresses().get(HarpegeSimulator.REFERENTIEL_RH));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void forgetCalls() {
        simulator.setUnavailable(false);
        simulator.clearReceived();
    }

    @TestFactory
    List<DynamicTest> everyOperationRoundTrips() {
        return operationCases();
    }

    @Test
    void casesCoverEveryCatalogueOperation() {
        List<String> cases = operationCases().stream().map(DynamicTest::getDisplayName).toList();

        assertThat(cases).hasSize(37).doesNotHaveDuplicates();
        assertThat(cases).containsExactlyInAnyOrderElementsOf(CatalogueRows.operations("harpege"));
    }

    @Test
    void addressesFollowHarpegePaths() {
        assertThat(simulator.addresses()).containsOnlyKeys("dossierRhPersonnel", "dossierRhAdministratif",
                "referentielGeographique", "referentielRH");
        assertThat(simulator.addresses().get("referentielRH"))
                .matches("http://127\\.0\\.0\\.1:\\d+/HarpegeWebService/services/referentielRH");
    }

    private static List<DynamicTest> operationCases() {
        List<DynamicTest> cases = new ArrayList<>();
        cases.addAll(personnelCases());
        cases.addAll(administratifCases());
        cases.addAll(referentielCases());
        return cases;
    }

    private static List<DynamicTest> personnelCases() {
        return List.of(
                dynamicTest("consulterEtatCivil_V2", () -> {
                    var civil = personnel.consulterEtatCivilV2(10587).getIndividuReponseEtatCivilV2();
                    assertThat(civil.getNomUsuel()).isEqualTo("GARNIER");
                    assertThat(civil.getNomPatronymique()).isEqualTo("MOREAU");
                    assertThat(civil.getPrenom()).isEqualTo("Hélène");
                    assertThat(civil.getDateNaissance()).isEqualTo(date("1975-11-02"));
                    assertThat(civil.getCommuneNaissanceDto().getCodeCommune()).isEqualTo("45234");
                }),
                dynamicTest("consulterCoordonneesPersonnelles", () -> {
                    var all = personnel.consulterCoordonneesPersonnelles(10587, "N");
                    var main = personnel.consulterCoordonneesPersonnelles(10587, "O");
                    assertThat(all.getAdresseDto()).hasSize(2);
                    assertThat(main.getAdresseDto()).singleElement().satisfies(address -> {
                        assertThat(address.getNomVoie()).isEqualTo("de la Libération");
                        assertThat(address.getTemoinAdressePrincipale()).isEqualTo("O");
                    });
                    assertThat(main.getEmail()).isEqualTo("helene.garnier@orange.fr");
                }),
                dynamicTest("modifierAdressePersonnelle", () -> {
                    ModificationAdressePersonnelleDto address = address(11042, "45000");
                    MiseAJourResponseWSDto result = personnel.modifierAdressePersonnelle(address);
                    assertThat(result.getCodeRetour()).isEqualTo("OK");
                    assertThat(result.getIdentifiant()).isNotNull();
                    ReceivedCall call = lastCall("modifierAdressePersonnelle");
                    assertThat(call.accepted()).isTrue();
                    var received = call.parameter("adresse", ModificationAdressePersonnelleDto.class);
                    assertThat(received.getNumeroIndividu()).isEqualTo(11042);
                    assertThat(received.getNomVoie()).isEqualTo("Bannier");
                    assertThat(received.getVille()).isEqualTo("ORLÉANS");
                }),
                dynamicTest("supprimerAdressePersonnelle", () -> {
                    MiseAJourResponseWSDto created = personnel.modifierAdressePersonnelle(address(10234, "45000"));
                    MiseAJourResponseWSDto deleted = personnel.supprimerAdressePersonnelle(10234,
                            created.getIdentifiant());
                    assertThat(deleted.getLibelleRetour()).isEqualTo("Adresse supprimée.");
                    ReceivedCall call = lastCall("supprimerAdressePersonnelle");
                    assertThat(call.parameters()).containsEntry("numeroIndividu", 10234)
                            .containsEntry("identifiantAdresse", created.getIdentifiant());
                }),
                dynamicTest("modiferCoordonneesPersonnelles", () -> {
                    var result = personnel.modiferCoordonneesPersonnelles(12008, "stephanie.ndiaye@laposte.net",
                            "06 12 34 56 78");
                    assertThat(result.getCodeRetour()).isEqualTo("OK");
                    assertThat(lastCall("modiferCoordonneesPersonnelles").parameters())
                            .containsEntry("email", "stephanie.ndiaye@laposte.net")
                            .containsEntry("telephone", "06 12 34 56 78");
                }),
                dynamicTest("consulterCoordonneesProfessionnelles", () -> {
                    var result = personnel.consulterCoordonneesProfessionnelles(12008, "O");
                    assertThat(result.getCoordonneeProfessionnelleDto())
                            .extracting(number -> number.getTypeNumero()).containsExactly("TEL", "FAX");
                    assertThat(result.getEmailProfessionnel()).isEqualTo("stephanie.ndiaye@univ-valdeloire.fr");
                }),
                dynamicTest("modifierCoordonneesProfessionnelles", () -> {
                    var result = personnel.modifierCoordonneesProfessionnelles(12008, null, "PRT", "06 98 76 54 32",
                            "DSI");
                    assertThat(result.getLibelleRetour()).isEqualTo("Numéro créé.");
                    assertThat(lastCall("modifierCoordonneesProfessionnelles").parameters())
                            .containsEntry("typeNumero", "PRT").containsEntry("codeStructure", "DSI");
                }),
                dynamicTest("supprimerCoordonneesProfessionnelles", () -> {
                    var created = personnel.modifierCoordonneesProfessionnelles(11310, null, "FAX", "02 54 00 00 00",
                            null);
                    var result = personnel.supprimerCoordonneesProfessionnelles(11310, created.getIdentifiant());
                    assertThat(result.getLibelleRetour()).isEqualTo("Numéro supprimé.");
                    assertThat(lastCall("supprimerCoordonneesProfessionnelles").parameters())
                            .containsEntry("identifiantNumero", created.getIdentifiant());
                }),
                dynamicTest("modifierEmailProfessionnel", () -> {
                    var result = personnel.modifierEmailProfessionnel(11042, "loic.le-henaff@univ-valdeloire.fr");
                    assertThat(result.getNumeroIndividu()).isEqualTo(11042);
                    assertThat(lastCall("modifierEmailProfessionnel").parameters())
                            .containsEntry("emailProfessionnel", "loic.le-henaff@univ-valdeloire.fr");
                }),
                dynamicTest("consulterDiplomes", () -> assertThat(personnel.consulterDiplomes(10234).getDiplomeDto())
                        .extracting(diploma -> diploma.getCodeDiplome()).containsExactly("DOCT", "HDR")),
                dynamicTest("consulterSituationFamiliale_V2", () -> {
                    var result = personnel.consulterSituationFamilialeV2(13377);
                    assertThat(result.getLibelleSituationFamiliale()).isEqualTo("Marié");
                    assertThat(result.getEnfantDto()).extracting(child -> child.getPrenom())
                            .containsExactly("Yanis", "Lina");
                }),
                dynamicTest("consulterCoordonneesBancaires_V2", () -> {
                    var account = personnel.consulterCoordonneesBancairesV2(10234, "O")
                            .getCoordonneesBancairesDtoV2().get(0);
                    assertThat(account.getIban()).startsWith("FR76").hasSize(27);
                    assertThat(account.getBic()).isEqualTo("BNPAFRPPXXX");
                }),
                dynamicTest("consulterHandicapInvalidite", () -> assertThat(personnel
                        .consulterHandicapInvalidite(12455, OBSERVATION).getHandicapInvaliditeDto())
                        .singleElement().satisfies(record -> assertThat(record.getTemoinRqth()).isEqualTo("O"))),
                dynamicTest("consulterResponsabilitesStructurelles", () -> assertThat(personnel
                        .consulterResponsabilitesStructurelles(10234, OBSERVATION).getResponsabiliteStructurelleDto())
                        .singleElement().satisfies(role -> {
                            assertThat(role.getCodeStructure()).isEqualTo("LMAV");
                            assertThat(role.getCodeFonction()).isEqualTo("DIR-LABO");
                        })),
                dynamicTest("consulterFonctionsInstances", () -> assertThat(personnel
                        .consulterFonctionsInstances(10587, OBSERVATION).getFonctionInstanceDto())
                        .singleElement().satisfies(seat -> {
                            assertThat(seat.getCodeInstance()).isEqualTo("CA");
                            assertThat(seat.getQualite()).isEqualTo("Élue, collège B");
                        })));
    }

    private static List<DynamicTest> administratifCases() {
        return List.of(
                dynamicTest("consulterDonneesAvancement", () -> assertThat(administratif
                        .consulterDonneesAvancement(10234, OBSERVATION).getAvancementDto())
                        .extracting(step -> step.getCodeGrade()).containsExactly("PR1C", "PR1C")),
                dynamicTest("consulterDonneesListesAptitude", () -> assertThat(administratif
                        .consulterDonneesListesAptitude(9876, 2026).getListeAptitudeDto()).singleElement()
                        .satisfies(list -> {
                            assertThat(list.getCodeCorpsAccueil()).isEqualTo("AAE");
                            assertThat(list.getTemoinPromouvable()).isEqualTo("O");
                        })),
                dynamicTest("consulterDonneesNotation", () -> assertThat(administratif
                        .consulterDonneesNotation(9876, OBSERVATION, "SACS").getNotationDto())
                        .extracting(mark -> mark.getNote()).containsExactly(new BigDecimal("18.25"),
                                new BigDecimal("18.50"), new BigDecimal("18.75"))),
                dynamicTest("consulterDonneesPositions_V3", () -> assertThat(administratif
                        .consulterDonneesPositionsV3(10587, OBSERVATION).getPositionDtoV3())
                        .extracting(position -> position.getCodePosition()).containsExactly("DISPO", "ACTI")),
                dynamicTest("consulterDonneesTableauxAvancement", () -> assertThat(administratif
                        .consulterDonneesTableauxAvancement(10234, 2026).getTableauAvancementDto()).singleElement()
                        .satisfies(table -> {
                            assertThat(table.getCodeGradeAccueil()).isEqualTo("PREX");
                            assertThat(table.getTemoinPromouvable()).isEqualTo("O");
                        })),
                dynamicTest("consulterInformationsContrats_V2", () -> assertThat(administratif
                        .consulterInformationsContratsV2(13021, OBSERVATION).getContratDtoV2()).singleElement()
                        .satisfies(contract -> {
                            assertThat(contract.getCodeTypeContrat()).isEqualTo("CDD-IGE");
                            assertThat(contract.getDateFinPrevue()).isEqualTo(date("2026-09-30"));
                        })),
                dynamicTest("consulterInformationsOccupationAffectation", () -> {
                    var result = administratif.consulterInformationsOccupationAffectation(11310, 1, OBSERVATION);
                    assertThat(result.getAffectationDto()).extracting(a -> a.getCodeStructure()).containsExactly("IUT");
                    assertThat(result.getOccupationDto()).extracting(o -> o.getQuotite()).containsExactly(80);
                }),
                dynamicTest("consulterInformationsStage", () -> assertThat(administratif
                        .consulterInformationsStage(12455).getStageDto()).singleElement().satisfies(stage -> {
                            assertThat(stage.getCodeCorps()).isEqualTo("ADJAENES");
                            assertThat(stage.getDateTitularisation()).isEqualTo(date("2021-01-01"));
                        })),
                dynamicTest("consulterModaliteService_V3", () -> assertThat(administratif
                        .consulterModaliteServiceV3(11310, OBSERVATION, null).getModaliteServiceDtoV3())
                        .extracting(m -> m.getCodeModaliteService() + " " + m.getQuotite())
                        .containsExactly("TP 100", "TPA80 80")),
                dynamicTest("consultationDonneesHeberge_V2", () -> assertThat(administratif
                        .consultationDonneesHebergeV2(13377, OBSERVATION).getHebergeDtoV2()).singleElement()
                        .satisfies(hosting -> {
                            assertThat(hosting.getCodeTypeHeberge()).isEqualTo("CNRS");
                            assertThat(hosting.getCodeStructureAccueil()).isEqualTo("CEHR");
                        })),
                dynamicTest("consultationElementsCarriere_V4", () -> assertThat(administratif
                        .consultationElementsCarriereV4(11042, OBSERVATION).getElementCarriereDtoV4()).singleElement()
                        .satisfies(career -> {
                            assertThat(career.getCodeGrade()).isEqualTo("MCFCN");
                            assertThat(career.getEchelon()).isEqualTo("05");
                            assertThat(career.getTemoinEnseignantChercheur()).isEqualTo("O");
                        })),
                dynamicTest("consulterDistinctionsHonorifiques", () -> assertThat(administratif
                        .consulterDistinctionsHonorifiques(9876).getDistinctionHonorifiqueDto())
                        .extracting(d -> d.getCodeDistinction() + " " + d.getRang())
                        .containsExactly("PA Officier", "ONM Chevalier")),
                dynamicTest("consulterDonneesPositions_V4", () -> assertThat(administratif
                        .consulterDonneesPositionsV4(10587, date("2000-01-01"), date("2025-12-31")).getPositionDtoV4())
                        .extracting(p -> p.getCodePosition() + " " + p.getTemoinEnActivite())
                        .containsExactly("DISPO N", "ACTI O")),
                dynamicTest("recupererDonneesSinchro", () -> {
                    List<PersonneSinchroDto> active = administratif.recupererDonneesSinchro(OBSERVATION, null)
                            .getPersonneSinchroDto();
                    List<PersonneSinchroDto> beforeContract = administratif
                            .recupererDonneesSinchro(date("2024-06-01"), null).getPersonneSinchroDto();
                    List<PersonneSinchroDto> lab = administratif.recupererDonneesSinchro(OBSERVATION, "LMAV")
                            .getPersonneSinchroDto();
                    assertThat(active).hasSize(8).extracting(PersonneSinchroDto::getNumeroIndividu)
                            .doesNotContain(9876);
                    assertThat(beforeContract).extracting(PersonneSinchroDto::getNumeroIndividu).contains(9876)
                            .doesNotContain(13021);
                    assertThat(lab).extracting(p -> p.getNumeroIndividu() + " " + p.getStatut())
                            .containsExactly("10234 TITULAIRE", "13021 CONTRACTUEL");
                }));
    }

    private static List<DynamicTest> referentielCases() {
        return List.of(
                dynamicTest("recupererNumerosTelephones", () -> assertThat(geographique
                        .recupererNumerosTelephones("DSI", null)).extracting(phone -> phone.getTypeNumero())
                        .containsExactly("TEL", "ASSIST")),
                dynamicTest("recupererPays", () -> assertThat(geographique.recupererPays("134")).singleElement()
                        .satisfies(country -> {
                            assertThat(country.getLibelleCourt()).isEqualTo("ESPAGNE");
                            assertThat(country.getCodeIso()).isEqualTo("ES");
                        })),
                dynamicTest("recupererTypeVoie", () -> assertThat(geographique.recupererTypeVoie()).hasSize(10)
                        .anySatisfy(type -> assertThat(type.getLibelleTypeVoie()).isEqualTo("Boulevard"))),
                dynamicTest("consulterStructures", () -> {
                    assertThat(geographique.consulterStructures("UFRST", null, "O"))
                            .extracting(ConsultationStructuresDto::getCodeStructure).containsExactly("UFRST", "LMAV");
                    assertThat(geographique.consulterStructures("UFRST", null, "N")).singleElement()
                            .satisfies(structure -> {
                                assertThat(structure.getLibelleLongStructure()).isEqualTo("UFR Sciences et techniques");
                                assertThat(structure.getLocauxTravailDto()).extracting(p -> p.getCodeLocal())
                                        .containsExactly("LICES-A");
                            });
                }),
                dynamicTest("consulterLocauxTravail", () -> assertThat(geographique
                        .consulterLocauxTravail("IUT", null)).singleElement().satisfies(place -> {
                            assertThat(place.getCodeLocal()).isEqualTo("IUT-BL");
                            assertThat(place.getVille()).isEqualTo("Blois");
                        })),
                dynamicTest("recuperationTypes", () -> assertThat(rh.recuperationTypes("EC")).singleElement()
                        .satisfies(type -> assertThat(type.getCorpsDto()).extracting(c -> c.getCodeCorps())
                                .containsExactly("PR", "MCF"))),
                dynamicTest("recuperIdentifiants", () -> {
                    List<IndividuReponseDto> found = rh.recuperIdentifiants(null, null, null, "le henaff", null,
                            "loic", null).getIndividuReponse();
                    assertThat(found).singleElement().satisfies(individual -> {
                        assertThat(individual.getNumeroIndividu()).isEqualTo(11042);
                        assertThat(individual.getNumeroInsee()).hasSize(15).startsWith("18602");
                    });
                }),
                dynamicTest("recuperCms", () -> assertThat(rh.recuperCms("TPA80")).singleElement()
                        .satisfies(modality -> assertThat(modality.getQuotite()).isEqualTo(80))));
    }

    @Test
    void unknownIndividualRaisesFonctionnelleFault() {
        assertThatThrownBy(() -> personnel.consulterEtatCivilV2(999))
                .isInstanceOfSatisfying(HarpegeFonctionnelleException_Exception.class, fault -> {
                    assertThat(fault.getMessage()).isEqualTo("Aucun individu ne porte le numéro 999.");
                    assertThat(fault.getFaultInfo().getCodeErreur()).isEqualTo("INDIVIDU_INCONNU");
                });
        assertThatThrownBy(() -> administratif.consultationElementsCarriereV4(999, OBSERVATION))
                .isInstanceOf(fr.passerelle.contract.harpege.dossierrhadministratif
                        .HarpegeFonctionnelleException_Exception.class)
                .hasMessage("Aucun individu ne porte le numéro 999.");
    }

    @Test
    void invalidPostalCodeRejectedAndKept() {
        assertThatThrownBy(() -> personnel.modifierAdressePersonnelle(address(11042, "4500")))
                .isInstanceOfSatisfying(HarpegeFonctionnelleException_Exception.class, fault -> {
                    assertThat(fault.getMessage()).isEqualTo("Le code postal 4500 n'est pas valide : une adresse en "
                            + "France demande 5 chiffres.");
                    assertThat(fault.getFaultInfo().getCodeErreur()).isEqualTo("DONNEE_INVALIDE");
                });
        ReceivedCall call = lastCall("modifierAdressePersonnelle");
        assertThat(call.accepted()).isFalse();
        assertThat(call.parameter("adresse", ModificationAdressePersonnelleDto.class).getCodePostal())
                .isEqualTo("4500");
    }

    @Test
    void writeFaultsNameTheInvalidValue() {
        assertThatThrownBy(() -> personnel.modifierEmailProfessionnel(11042, "pas-une-adresse"))
                .isInstanceOf(HarpegeFonctionnelleException_Exception.class)
                .hasMessage("L'adresse emailProfessionnel n'est pas une adresse électronique valide.");
        assertThatThrownBy(() -> personnel.modifierCoordonneesProfessionnelles(11042, null, "GSM", "0612345678",
                null)).isInstanceOf(HarpegeFonctionnelleException_Exception.class)
                .hasMessage("Le type de numéro GSM n'existe pas ; valeurs permises : TEL, FAX, PRT.");
        assertThatThrownBy(() -> personnel.supprimerAdressePersonnelle(11042, 424242))
                .isInstanceOf(HarpegeFonctionnelleException_Exception.class)
                .hasMessage("L'individu 11042 n'a pas d'adresse 424242.");
        assertThatThrownBy(() -> personnel.modiferCoordonneesPersonnelles(11042, null, null))
                .isInstanceOf(HarpegeFonctionnelleException_Exception.class)
                .hasMessage("Indiquer l'email ou le téléphone à modifier.");
        assertThatThrownBy(() -> personnel.modiferCoordonneesPersonnelles(11042, null, "12 34"))
                .isInstanceOf(HarpegeFonctionnelleException_Exception.class)
                .hasMessageStartingWith("Le numéro telephone n'est pas valide");
        assertThat(simulator.received()).hasSize(5).noneMatch(ReceivedCall::accepted);
    }

    @Test
    void readFaultsNameTheInvalidCriterion() {
        assertThatThrownBy(() -> administratif.recupererDonneesSinchro(null, null))
                .isInstanceOf(fr.passerelle.contract.harpege.dossierrhadministratif
                        .HarpegeFonctionnelleException_Exception.class)
                .hasMessage("La date d'observation est obligatoire.");
        assertThatThrownBy(() -> administratif.consulterDonneesPositionsV4(10587, date("2025-01-01"),
                date("2024-01-01"))).hasMessage("La date de fin 2024-01-01 précède la date de début 2025-01-01.");
        assertThatThrownBy(() -> geographique.consulterStructures("XYZ", null, "O"))
                .isInstanceOf(fr.passerelle.contract.harpege.referentielgeographique
                        .HarpegeFonctionnelleException_Exception.class)
                .hasMessage("La structure XYZ n'existe pas.");
        assertThatThrownBy(() -> geographique.recupererPays("999")).hasMessage("Le pays 999 n'existe pas.");
        assertThatThrownBy(() -> rh.recuperIdentifiants(null, null, null, null, null, null, null))
                .isInstanceOf(fr.passerelle.contract.harpege.referentielrh
                        .HarpegeFonctionnelleException_Exception.class)
                .hasMessage("Indiquer au moins un critère de recherche.");
    }

    @Test
    void unavailableRaisesTechniqueFault() throws Exception {
        simulator.setUnavailable(true);

        assertThatThrownBy(() -> personnel.consulterEtatCivilV2(10234))
                .isInstanceOfSatisfying(HarpegeTechniqueException_Exception.class, fault -> {
                    assertThat(fault.getMessage()).isEqualTo("La base Harpège est indisponible, réessayer plus tard.");
                    assertThat(fault.getFaultInfo().getCodeErreur()).isEqualTo("INDISPONIBLE");
                });
        assertThatThrownBy(() -> personnel.modifierEmailProfessionnel(10234, "a@b.fr"))
                .isInstanceOf(HarpegeTechniqueException_Exception.class);
        assertThatThrownBy(() -> administratif.recupererDonneesSinchro(OBSERVATION, null))
                .isInstanceOf(fr.passerelle.contract.harpege.dossierrhadministratif
                        .HarpegeTechniqueException_Exception.class);
        assertThatThrownBy(() -> geographique.recupererTypeVoie())
                .isInstanceOf(fr.passerelle.contract.harpege.referentielgeographique
                        .HarpegeTechniqueException_Exception.class);
        assertThatThrownBy(() -> rh.recuperCms(null))
                .isInstanceOf(fr.passerelle.contract.harpege.referentielrh.HarpegeTechniqueException_Exception.class);

        simulator.setUnavailable(false);
        assertThat(personnel.consulterEtatCivilV2(10234).getIndividuReponseEtatCivilV2().getNomUsuel())
                .isEqualTo("LEFÈVRE");
    }

    @Test
    void concurrentWritesAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MiseAJourResponseWSDto>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String email = "agent" + i + "@univ-valdeloire.fr";
                results.add(pool.submit(() -> personnel.modifierEmailProfessionnel(10234, email)));
            }
            for (Future<MiseAJourResponseWSDto> result : results) {
                assertThat(result.get().getCodeRetour()).isEqualTo("OK");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(simulator.received("modifierEmailProfessionnel")).hasSize(40)
                .extracting(call -> call.parameters().get("emailProfessionnel")).doesNotHaveDuplicates();
    }

    private static ModificationAdressePersonnelleDto address(int individual, String postalCode) {
        ModificationAdressePersonnelleDto address = new ModificationAdressePersonnelleDto();
        address.setNumeroIndividu(individual);
        address.setNumeroVoie("12");
        address.setVoie("RUE");
        address.setNomVoie("Bannier");
        address.setCodePostal(postalCode);
        address.setVille("ORLÉANS");
        address.setPays("100");
        address.setTemoinAdressePrincipale("N");
        return address;
    }

    private static ReceivedCall lastCall(String operation) {
        List<ReceivedCall> calls = simulator.received(operation);
        assertThat(calls).as("calls of %s", operation).isNotEmpty();
        return calls.get(calls.size() - 1);
    }

    private static XMLGregorianCalendar date(String text) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(text);
        } catch (javax.xml.datatype.DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
