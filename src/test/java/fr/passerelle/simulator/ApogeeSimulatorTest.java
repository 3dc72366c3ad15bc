package fr.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.cxf.ext.logging.LoggingFeature;
import org.apache.cxf.ext.logging.event.LogEvent;
import org.apache.cxf.ext.logging.event.EventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import fr.passerelle.connector.ApogeeClients;
import fr.passerelle.connector.ApogeeContract;
import fr.passerelle.contract.apogee.administratif.AdministratifMetierServiceInterface;
import fr.passerelle.contract.apogee.couverturesociale.CouvertureSocialeMetierServiceInterface;
import fr.passerelle.contract.apogee.droit.DroitMetierServiceInterface;
import fr.passerelle.contract.apogee.dto.administratif.personneldto.PersonnelDTO;
import fr.passerelle.contract.apogee.dto.administratif.personneldto2.PersonnelDTO2;
import fr.passerelle.contract.apogee.dto.etudiant.coordonneesmajdto.CoordonneesMajDTO;
import fr.passerelle.contract.apogee.dto.etudiant.adressemajdto.AdresseMajDTO;
import fr.passerelle.contract.apogee.dto.etudiant.communemajdto.CommuneMajDTO;
import fr.passerelle.contract.apogee.dto.etudiant.etudiantcriteredto.EtudiantCritereDTO;
import fr.passerelle.contract.apogee.dto.etudiant.etudiantcriteredto.TableauEtapes;
import fr.passerelle.contract.apogee.dto.etudiant.etudiantcriterelistedto.EtudiantCritereListeDTO;
import fr.passerelle.contract.apogee.dto.offreformation.recupererse.secriteredto2.SECritereDTO2;
import fr.passerelle.contract.apogee.dto.opi.donneesopidto10.DonneesOpiDTO10;
import fr.passerelle.contract.apogee.dto.opi.majetatcivildto2.MAJEtatCivilDTO2;
import fr.passerelle.contract.apogee.dto.opi.majopiinddto6.MAJOpiIndDTO6;
import fr.passerelle.contract.apogee.dto.pedagogique.importnotesdto.ImportNotesDTO;
import fr.passerelle.contract.apogee.etablissement.EtablissementMetierServiceInterface;
import fr.passerelle.contract.apogee.etudiant.EtudiantMetierServiceInterface;
import fr.passerelle.contract.apogee.etudiant.MettreAJourAdressesEtudiant;
import fr.passerelle.contract.apogee.etudiant.WebBaseException;
import fr.passerelle.contract.apogee.geographie.GeographieMetierServiceInterface;
import fr.passerelle.contract.apogee.infosetu.InfosEtuMetierServiceInterface;
import fr.passerelle.contract.apogee.laissezpasser.LaissezPasserMetierServiceInterface;
import fr.passerelle.contract.apogee.laissezpasser.MettreAJourLaissezPasserWS;
import fr.passerelle.contract.apogee.offreformation.OffreFormationMetierServiceInterface;
import fr.passerelle.contract.apogee.opi.OpiMetierServiceInterface;
import fr.passerelle.contract.apogee.pedagogique.PedagogiqueMetierServiceInterface;
import fr.passerelle.contract.apogee.profession.ProfessionMetierServiceInterface;
import fr.passerelle.contract.apogee.referentiel.ReferentielMetierServiceInterface;
import fr.passerelle.contract.apogee.referentielpr.ReferentielPRMetierServiceInterface;
import fr.passerelle.contract.apogee.scolarite.ScolariteMetierServiceInterface;
import fr.passerelle.contract.apogee.these.TheseMetierServiceInterface;

/** Every Apogée operation of the product note, called with its generated client against the simulator over HTTP. */
class ApogeeSimulatorTest {

    private static final String STUDENT = "21000001";
    private static final String DOCTORAL_STUDENT = "21000007";
    private static final List<LogEvent> WIRE = new CopyOnWriteArrayList<>();

    private static ApogeeSimulator simulator;
    private static AdministratifMetierServiceInterface administratif;
    private static CouvertureSocialeMetierServiceInterface couvertureSociale;
    private static DroitMetierServiceInterface droit;
    private static EtablissementMetierServiceInterface etablissement;
    private static EtudiantMetierServiceInterface etudiant;
    private static GeographieMetierServiceInterface geographie;
    private static InfosEtuMetierServiceInterface infosEtu;
    private static LaissezPasserMetierServiceInterface laissezPasser;
    private static OffreFormationMetierServiceInterface offreFormation;
    private static OpiMetierServiceInterface opi;
    private static PedagogiqueMetierServiceInterface pedagogique;
    private static ProfessionMetierServiceInterface profession;
    private static ReferentielMetierServiceInterface referentiel;
    private static ReferentielPRMetierServiceInterface referentielPR;
    private static ScolariteMetierServiceInterface scolarite;
    private static TheseMetierServiceInterface these;

    @BeforeAll
    static void startSimulator() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        simulator = new ApogeeSimulator();
        simulator.start("http://127.0.0.1:" + port + "/apogee");
        administratif = client(AdministratifMetierServiceInterface.class);
        couvertureSociale = client(CouvertureSocialeMetierServiceInterface.class);
        droit = client(DroitMetierServiceInterface.class);
        etablissement = client(EtablissementMetierServiceInterface.class);
        etudiant = client(EtudiantMetierServiceInterface.class);
        geographie = client(GeographieMetierServiceInterface.class);
        infosEtu = client(InfosEtuMetierServiceInterface.class);
        laissezPasser = client(LaissezPasserMetierServiceInterface.class);
        offreFormation = client(OffreFormationMetierServiceInterface.class);
        opi = client(OpiMetierServiceInterface.class);
        pedagogique = client(PedagogiqueMetierServiceInterface.class);
        profession = client(ProfessionMetierServiceInterface.class);
        referentiel = client(ReferentielMetierServiceInterface.class);
        referentielPR = client(ReferentielPRMetierServiceInterface.class);
        scolarite = client(ScolariteMetierServiceInterface.class);
        these = client(TheseMetierServiceInterface.class);
    }

    private static <T> T client(Class<T> serviceInterface) {
        LoggingFeature logging = new LoggingFeature();
        logging.setSender(WIRE::add);
        logging.setPrettyLogging(false);
        String address = simulator.addresses().get(ApogeeContract.of(serviceInterface).contractName());
        return ApogeeClients.create(serviceInterface, address, logging);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                op("recupererAnneesIa", () -> assertThat(administratif.recupererAnneesIa(STUDENT, "E"))
                        .containsExactly("2024", "2023")),
                op("recupererCursusExterne", () -> assertThat(administratif.recupererCursusExterne(STUDENT)
                        .getListeCursusExternes().getItem()).isEmpty()),
                op("recupererIAAnnuelles_v2", () -> assertThat(administratif.recupererIAAnnuellesV2(STUDENT, "2024", "E"))
                        .singleElement().satisfies(ia -> assertThat(ia.getRegimeIns().getLibRgi())
                                .isEqualTo("Formation initiale"))),
                op("recupererIAEtapes_v3", () -> assertThat(administratif.recupererIAEtapesV3(STUDENT, "2024", "E", "E"))
                        .singleElement().satisfies(ia -> assertThat(ia.getEtape().getCodeEtp()).isEqualTo("L2INF"))),
                op("recupererAideFinanciere_v2", () -> assertThat(couvertureSociale
                        .recupererAideFinanciereV2("02", "O", "N", "N")).singleElement()
                        .satisfies(a -> assertThat(a.getLibAide()).isEqualTo("Aide au mérite"))),
                op("recupererAssRspCiv", () -> assertThat(couvertureSociale.recupererAssRspCiv("", "O", "N"))
                        .extracting(a -> a.getLibelle()).contains("MAIF", "MACIF")),
                op("recupererBourses", () -> assertThat(couvertureSociale.recupererBourses("07", "O", "N"))
                        .singleElement().satisfies(b -> assertThat(b.getLibBourse()).endsWith("échelon 7"))),
                op("recupererCentrePayeur", () -> assertThat(couvertureSociale.recupererCentrePayeur("02", "O", "N"))
                        .singleElement().satisfies(c -> assertThat(c.getLibelle()).isEqualTo("Mutualité sociale agricole"))),
                op("recupererDroitMutuelle", () -> assertThat(couvertureSociale.recupererDroitMutuelle("", "O", "N"))
                        .hasSize(3)),
                op("recupererMotifsNonAffiliation", () -> assertThat(couvertureSociale
                        .recupererMotifsNonAffiliation("03", "O", "N")).singleElement()
                        .satisfies(m -> assertThat(m.getTemCalc()).isEqualTo("O"))),
                op("recupererRegimeParent", () -> assertThat(couvertureSociale.recupererRegimeParent("02", "O", "N"))
                        .singleElement().satisfies(r -> assertThat(r.getLibelle()).isEqualTo("Régime agricole"))),
                op("recupererActiviteFacWS", () -> assertThat(droit.recupererActiviteFacWS("BIB", "O", "N"))
                        .singleElement().satisfies(d -> assertThat(d.getLibelle()).isEqualTo("Bibliothèque universitaire"))),
                op("recupererEtablissementWS_v2", () -> assertThat(etablissement.recupererEtablissementWSV2("LY", "", "",
                        "025", "", "O", "O")).singleElement().satisfies(e -> {
                            assertThat(e.getLibEtb()).isEqualTo("Lycée Victor Hugo");
                            assertThat(e.getAdresse().getLibAchAdrEtb()).isEqualTo("BESANÇON");
                        })),
                op("mettreAJourAdressesEtudiant", ApogeeSimulatorTest::updateAddresses),
                op("recupererAdressesEtudiant_v2", () -> assertThat(etudiant.recupererAdressesEtudiantV2(STUDENT, "2024",
                        "N").getEmail()).isEqualTo("loic.gerard@etu.univ-loire-oceane.fr")),
                op("recupererCalendriersExamenEtudiant_v3", () -> assertThat(etudiant
                        .recupererCalendriersExamenEtudiantV3("2024", STUDENT, "", "").getEtudiant()
                        .getListPeriodeExamen().getItem().get(0).getListCalendriersExamen().getItem().get(0)
                        .getListEpreuves().getItem()).extracting(e -> e.getCodEpreuve())
                        .containsExactly("EL2INF11", "EL2INF12")),
                op("recupererIdentifiantsEtudiant", () -> assertThat(etudiant.recupererIdentifiantsEtudiant(STUDENT, "",
                        "", "", "", "", "", "", "", "N").getLoginAnnuaire()).isEqualTo("lgerard")),
                op("recupererInfosAdmEtu_v4", () -> {
                    var info = etudiant.recupererInfosAdmEtuV4(STUDENT);
                    assertThat(info.getNomPatronymique()).isEqualTo("GÉRARD");
                    assertThat(info.getPrenom1()).isEqualTo("Loïc");
                    assertThat(info.getNumEtu()).isEqualTo(21000001);
                }),
                op("recupererListeEtudiants", ApogeeSimulatorTest::listStudents),
                op("recupererNumeroSecuriteSociale", () -> assertThat(etudiant.recupererNumeroSecuriteSociale(STUDENT)
                        .getNumSSoc()).hasSize(13).startsWith("1")),
                op("recupererTypeHebergement", () -> assertThat(etudiant.recupererTypeHebergement("1", "O", "N"))
                        .singleElement().satisfies(t -> assertThat(t.getLibTypeHebergement())
                                .isEqualTo("Résidence universitaire"))),
                op("recupererCommune", () -> assertThat(geographie.recupererCommune("42000", "O", "O"))
                        .singleElement().satisfies(c -> assertThat(c.getLibCommune()).isEqualTo("Saint-Étienne"))),
                op("recupererDepartement", () -> assertThat(geographie.recupererDepartement("025", "O"))
                        .singleElement().satisfies(d -> assertThat(d.getLibDept()).isEqualTo("DOUBS"))),
                op("recupererPays", () -> assertThat(geographie.recupererPays("350", "O")).singleElement()
                        .satisfies(p -> assertThat(p.getLibPay()).isEqualTo("MAROC"))),
                op("recupererNiveauxSportWS", () -> assertThat(infosEtu.recupererNiveauxSportWS("E", "O", "N"))
                        .singleElement().satisfies(s -> assertThat(s.getLibelle()).isEqualTo("Espoir"))),
                op("recupererProfilEtudiantWS", () -> assertThat(infosEtu.recupererProfilEtudiantWS("SH", "O", "N"))
                        .singleElement().satisfies(p -> assertThat(p.getLibelle()).isEqualTo("Sportif de haut niveau"))),
                op("recupererRegimeInsWS", () -> assertThat(infosEtu.recupererRegimeInsWS("4", "O", "N"))
                        .singleElement().satisfies(r -> assertThat(r.getLibRgi()).isEqualTo("Apprentissage"))),
                op("recupererSitFamWS", () -> assertThat(infosEtu.recupererSitFamWS("", "O", "N")).hasSize(4)),
                op("recupererSitMilitaireWS", () -> assertThat(infosEtu.recupererSitMilitaireWS("3", "O", "N"))
                        .singleElement().satisfies(s -> assertThat(s.getLibMil()).isEqualTo("Exempté"))),
                op("recupererSitSocialeWS", () -> assertThat(infosEtu.recupererSitSocialeWS("02", "O", "N"))
                        .singleElement().satisfies(s -> assertThat(s.getLibelle()).isEqualTo("Pupille de la nation"))),
                op("recupererStatutEtuWS", () -> assertThat(infosEtu.recupererStatutEtuWS("02", "O", "N"))
                        .singleElement().satisfies(s -> assertThat(s.getLibelle()).isEqualTo("Auditeur libre"))),
                op("recupererTypHandicapWS", () -> assertThat(infosEtu.recupererTypHandicapWS("02", "O", "N"))
                        .singleElement().satisfies(t -> assertThat(t.getLibHandicap()).isEqualTo("Troubles visuels"))),
                op("recupererEpreuves", () -> assertThat(offreFormation.recupererEpreuves("2024", "S1", "")
                        .getPeriodeExamen().getListCalendriersExamen().getItem())
                        .extracting(c -> c.getCodCalendrier()).contains("CL1INF", "CM2INF")),
                op("recupererGroupe_v3", () -> assertThat(offreFormation.recupererGroupeV3("2024", "L2MAT", "1",
                        List.of(), "", List.of()).getListVersionEtape().getVersionEtape().get(0).getListCollection()
                        .getCollection().get(0).getListGroupe().getGroupe()).extracting(g -> g.getCodExtGpe())
                        .containsExactly("L2MAT-TD1", "L2MAT-TD2")),
                op("recupererSE_v3", () -> {
                    SECritereDTO2 criteria = new SECritereDTO2();
                    criteria.setCodAnu("2024");
                    criteria.setCodEtp("M1INF");
                    assertThat(offreFormation.recupererSEV3(criteria)).singleElement()
                            .satisfies(d -> assertThat(d.getLibDip()).isEqualTo("Master Informatique"));
                }),
                op("mettreajourDonneesOpi_v10", ApogeeSimulatorTest::updateOpi),
                op("recupererAnneesIPResultat", () -> assertThat(pedagogique.recupererAnneesIPResultat(STUDENT))
                        .containsExactly("2024", "2023")),
                op("recupererContratPedagogiqueResultatElpEpr_v6", () -> assertThat(pedagogique
                        .recupererContratPedagogiqueResultatElpEprV6(STUDENT, "2024", "L2INF", "1", "", "", "", "", ""))
                        .extracting(c -> c.getElp().getLibElp())
                        .containsExactly("Bases de données", "Réseaux et télécommunications", "Génie logiciel",
                                "Théorie des langages")),
                op("recupererContratPedagogiqueResultatVdiVet_v2", () -> assertThat(pedagogique
                        .recupererContratPedagogiqueResultatVdiVetV2(STUDENT, "2024", "", "", "", "", ""))
                        .singleElement().satisfies(c -> assertThat(c.getDiplome().getCodDip()).isEqualTo("LINF"))),
                op("recupererMaquetteReleveResultat", () -> assertThat(pedagogique.recupererMaquetteReleveResultat(
                        STUDENT, "2024", "VET", "", "", "", "1")).singleElement()
                        .satisfies(r -> assertThat(r.getLibRvn()).isEqualTo("Relevé de notes Licence 2 Informatique"))),
                op("recupererCatSocProfWS", () -> assertThat(profession.recupererCatSocProfWS("42", "O", "N"))
                        .singleElement().satisfies(c -> assertThat(c.getLibCategorie())
                                .isEqualTo("Professeurs des écoles, instituteurs"))),
                op("recupererDomaineActiviteProfWS", () -> assertThat(profession
                        .recupererDomaineActiviteProfWS("P", "O", "N")).singleElement()
                        .satisfies(d -> assertThat(d.getLibDomaine()).isEqualTo("Enseignement"))),
                op("recupererQuotiteTravWS", () -> assertThat(profession.recupererQuotiteTravWS("1", "O", "N"))
                        .singleElement().satisfies(q -> assertThat(q.getLibQuotite()).isEqualTo("Temps plein"))),
                op("recupererCentreIncompEpr", () -> assertThat(referentiel.recupererCentreIncompEpr("CI2", "O"))
                        .singleElement().satisfies(c -> assertThat(c.getLibCtreIncomp()).isEqualTo("Campus de Saint-Nazaire"))),
                op("recupererCentreInscriptionPedagogique", () -> assertThat(referentiel
                        .recupererCentreInscriptionPedagogique("CIP3", "O")).singleElement()
                        .satisfies(c -> assertThat(c.getLibCtreInsPedag()).isEqualTo("Scolarité Droit"))),
                op("recupererCGE", () -> assertThat(referentiel.recupererCGE("", "O")).extracting(c -> c.getCodCge())
                        .containsExactly("CG1", "CG2", "CG3")),
                op("recupererComposante_v2", () -> assertThat(referentiel.recupererComposanteV2("LLA", "")).singleElement()
                        .satisfies(c -> assertThat(c.getLibCmp()).isEqualTo("UFR Lettres, langues et arts"))),
                op("recupererCycleSISE", () -> assertThat(referentiel.recupererCycleSISE("3", "O")).singleElement()
                        .satisfies(c -> assertThat(c.getLibCycleSISE()).isEqualTo("Troisième cycle"))),
                op("recupererDomaineFormation", () -> assertThat(referentiel.recupererDomaineFormation("ALL", "O"))
                        .singleElement().satisfies(d -> assertThat(d.getLibDomForm()).isEqualTo("Arts, lettres, langues"))),
                op("recupererFormuleExam", () -> assertThat(referentiel.recupererFormuleExam("F3", "O")).singleElement()
                        .satisfies(f -> assertThat(f.getLibFex()).isEqualTo("Contrôle mixte"))),
                op("recupererInformationEtabRef", () -> assertThat(referentiel.recupererInformationEtabRef("LIB_ETB"))
                        .singleElement().satisfies(v -> assertThat(v.getParVap()).isEqualTo("Université de la Loire-Océane"))),
                op("recupererNatureDiplome", () -> assertThat(referentiel.recupererNatureDiplome("U", "O"))
                        .singleElement().satisfies(n -> assertThat(n.getLibNatDip()).isEqualTo("Diplôme d'université"))),
                op("recupererNatureEpreuve", () -> assertThat(referentiel.recupererNatureEpreuve("CC", "O"))
                        .singleElement().satisfies(n -> assertThat(n.getLibNatEpr()).isEqualTo("Contrôle continu"))),
                op("recupererPeriodeExamen", () -> assertThat(referentiel.recupererPeriodeExamen("RAT", "", "", "O"))
                        .singleElement().satisfies(p -> assertThat(p.getDatDebPeriodeExam()).isEqualTo("16/06/2025"))),
                op("recupererRegimeInscription", () -> assertThat(referentiel.recupererRegimeInscription("2", "O"))
                        .singleElement().satisfies(r -> assertThat(r.getLibRegIns()).isEqualTo("Formation continue"))),
                op("recupererSecteurDisciplinaire", () -> assertThat(referentiel.recupererSecteurDisciplinaire("05", "O"))
                        .singleElement().satisfies(s -> assertThat(s.getLibSectDiscip()).isEqualTo("Informatique"))),
                op("recupererSignataire", () -> assertThat(referentiel.recupererSignataire("PRES", "O")).singleElement()
                        .satisfies(s -> assertThat(s.getNomSig()).isEqualTo("Hélène Mérieux"))),
                op("recupererTypeDiplome", () -> assertThat(referentiel.recupererTypeDiplome("MA", "O")).singleElement()
                        .satisfies(t -> assertThat(t.getLibTypDip()).isEqualTo("Master"))),
                op("recupererTypeEpreuve", () -> assertThat(referentiel.recupererTypeEpreuve("O", "O")).singleElement()
                        .satisfies(t -> assertThat(t.getLibTypEpr()).isEqualTo("Oral"))),
                op("recupererUniteParcoursSISE", () -> assertThat(referentiel.recupererUniteParcoursSISE("2", "O"))
                        .singleElement().satisfies(u -> assertThat(u.getLibEtpSISE()).isEqualTo("Deuxième année"))),
                op("creerPersonnelInterne", ApogeeSimulatorTest::createStaff),
                op("modifierPersonnel", ApogeeSimulatorTest::updateStaff),
                op("recupererBacOuEquWS", () -> assertThat(scolarite.recupererBacOuEquWS("G", "O")).singleElement()
                        .satisfies(b -> assertThat(b.getLibBac()).isEqualTo("Baccalauréat général"))),
                op("recupererMentionNivBacWS", () -> assertThat(scolarite.recupererMentionNivBacWS("TB", "O"))
                        .singleElement().satisfies(m -> assertThat(m.getLibMention()).isEqualTo("Très bien"))),
                op("recupererProgEchangeWS", () -> assertThat(scolarite.recupererProgEchangeWS("ERA", "E", "O", "N"))
                        .singleElement().satisfies(p -> assertThat(p.getLibLongPrg()).isEqualTo("Erasmus+"))),
                op("recupererSituationSISEWS", () -> assertThat(scolarite.recupererSituationSISEWS("H", "O", "N"))
                        .singleElement().satisfies(s -> assertThat(s.getLibSitSISE()).isEqualTo("Université"))),
                op("recupererTypeDiplomeSISEWS", () -> assertThat(scolarite.recupererTypeDiplomeSISEWS("XB", "O", "N"))
                        .singleElement().satisfies(t -> assertThat(t.getLibTypDiplomeSise()).isEqualTo("Master"))),
                op("recupererDonneesTheses_v2", () -> assertThat(these.recupererDonneesThesesV2(DOCTORAL_STUDENT, "", ""))
                        .singleElement().satisfies(t -> assertThat(t.getLibThs()).contains("écoulements côtiers"))),
                op("mettreAJourLaissezPasserWS", ApogeeSimulatorTest::updatePass));
    }

    private static Arguments op(String operation, Executable call) {
        return Arguments.of(operation, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void operationRoundTrips(String operation, Executable call) throws Throwable {
        call.execute();
    }

    @Test
    void operationsCoverProductNote() {
        assertThat(operations()).hasSize(69);
    }

    private static void updateAddresses() throws Exception {
        CoordonneesMajDTO coordinates = new CoordonneesMajDTO();
        coordinates.setAnnee("2024");
        coordinates.setEmail("loic.gerard@example.org");
        AdresseMajDTO address = new AdresseMajDTO();
        address.setLibAd1("3 rue Crébillon");
        address.setCodPays("100");
        CommuneMajDTO commune = new CommuneMajDTO();
        commune.setCodeInsee("44109");
        commune.setCodePostal("44000");
        address.setCommune(commune);
        coordinates.setAdresseFixe(address);
        etudiant.mettreAJourAdressesEtudiant(coordinates, STUDENT);

        var received = simulator.requests().of("mettreAJourAdressesEtudiant");
        assertThat(received).last().satisfies(r -> {
            assertThat(r.key()).isEqualTo(STUDENT);
            MettreAJourAdressesEtudiant request = (MettreAJourAdressesEtudiant) r.payload();
            assertThat(request.getCoordonnees().getAdresseFixe().getLibAd1()).isEqualTo("3 rue Crébillon");
            assertThat(request.getCoordonnees().getAdresseFixe().getCommune().getCodeInsee()).isEqualTo("44109");
        });
    }

    private static void listStudents() throws Exception {
        EtudiantCritereDTO criteria = new EtudiantCritereDTO();
        criteria.setAnnee("2024");
        EtudiantCritereListeDTO step = new EtudiantCritereListeDTO();
        step.setCode("L2INF");
        TableauEtapes steps = new TableauEtapes();
        steps.getItem().add(step);
        criteria.setListEtapes(steps);
        var students = etudiant.recupererListeEtudiants(criteria);
        assertThat(students).extracting(s -> s.getCodEtu()).contains(STUDENT);
        assertThat(students).filteredOn(s -> s.getCodEtu().equals(STUDENT)).singleElement()
                .satisfies(s -> assertThat(s.getPrenom()).isEqualTo("Loïc"));
    }

    private static void updateOpi() throws Exception {
        MAJEtatCivilDTO2 civilStatus = new MAJEtatCivilDTO2();
        civilStatus.setLibNomPatIndOpi("CHÂTELAIN");
        civilStatus.setLibPr1IndOpi("Maëlle");
        MAJOpiIndDTO6 individual = new MAJOpiIndDTO6();
        individual.setCodOpiIntEpo("PAR2024000123");
        individual.setEtatCivil(civilStatus);
        DonneesOpiDTO10 data = new DonneesOpiDTO10();
        data.setIndividu(individual);
        opi.mettreajourDonneesOpiV10(data);

        assertThat(simulator.requests().of("mettreajourDonneesOpi_v10")).last().satisfies(r -> {
            assertThat(r.key()).isEqualTo("PAR2024000123");
            assertThat(((DonneesOpiDTO10) r.payload()).getIndividu().getEtatCivil().getLibNomPatIndOpi())
                    .isEqualTo("CHÂTELAIN");
        });
    }

    private static void createStaff() throws Exception {
        PersonnelDTO2 staff = new PersonnelDTO2();
        staff.setLibNomPatPer("DUCHÊNE");
        staff.setLibPr1Per("Cécile");
        staff.setCodCivPer("MME");
        staff.setDatNaiPer(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar("1980-04-02"));
        var result = referentielPR.creerPersonnelInterne(staff);
        assertThat(result.getCodPer()).isNotBlank();
        assertThat(simulator.requests().of("creerPersonnelInterne")).last().satisfies(r -> {
            assertThat(r.key()).isEqualTo(result.getCodPer());
            assertThat(((PersonnelDTO2) r.payload()).getLibPr1Per()).isEqualTo("Cécile");
        });
    }

    private static void updateStaff() throws Exception {
        PersonnelDTO staff = new PersonnelDTO();
        staff.setCodPer(1001);
        staff.setLibNomPatPer("LEFÈVRE");
        staff.setNumTelPer("0240000000");
        assertThat(referentielPR.modifierPersonnel(staff).getCodPer()).isEqualTo("1001");
        assertThat(simulator.requests().of("modifierPersonnel")).last().satisfies(r ->
                assertThat(((PersonnelDTO) r.payload()).getNumTelPer()).isEqualTo("0240000000"));
    }

    private static void updatePass() throws Exception {
        laissezPasser.mettreAJourLaissezPasserWS("R", "2024", "", STUDENT, "L2INF", "1", "LINF", "1", "1", "01",
                "Réinscription autorisée");
        assertThat(simulator.requests().of("mettreAJourLaissezPasserWS")).last().satisfies(r -> {
            assertThat(r.key()).isEqualTo(STUDENT);
            assertThat(((MettreAJourLaissezPasserWS) r.payload()).getLibCmtLpa()).isEqualTo("Réinscription autorisée");
        });
    }

    @Test
    void unknownStudentRaisesFault() {
        assertThatThrownBy(() -> etudiant.recupererInfosAdmEtuV4("99999999"))
                .isInstanceOf(WebBaseException.class)
                .satisfies(e -> {
                    var fault = ((WebBaseException) e).getFaultInfo();
                    assertThat(fault.getNature()).isEqualTo("technical");
                    assertThat(fault.getType()).isEqualTo("data");
                    assertThat(fault.getMessages().getItem()).containsExactly("technical.data.nullretrieve.etudiant");
                    assertThat(fault.getLastErrorMsg()).isEqualTo("technical.data.nullretrieve.etudiant");
                });
    }

    @Test
    void missingParameterRaisesFault() {
        assertThatThrownBy(() -> pedagogique.mettreAJourNotesResultats(new ImportNotesDTO()))
                .isInstanceOf(fr.passerelle.contract.apogee.pedagogique.WebBaseException.class)
                .satisfies(e -> assertThat(((fr.passerelle.contract.apogee.pedagogique.WebBaseException) e)
                        .getFaultInfo().getMessages().getItem())
                        .containsExactly("technical.parameter.noncoherentinput.codEtu"));
    }

    @Test
    void requestChildrenHaveNoNamespace() throws Exception {
        WIRE.clear();
        etudiant.recupererNumeroSecuriteSociale(STUDENT);
        Element body = body(message(EventType.REQ_OUT));
        Element wrapper = firstElement(body);
        assertThat(wrapper.getLocalName()).isEqualTo("recupererNumeroSecuriteSociale");
        assertThat(wrapper.getNamespaceURI()).isEqualTo("gouv.education.apogee.commun.servicesmetiers.EtudiantMetier");
        Element child = firstElement(wrapper);
        assertThat(child.getLocalName()).isEqualTo("_codEtu");
        assertThat(child.getNamespaceURI()).isNull();
        assertThat(child.getTextContent()).isEqualTo(STUDENT);
    }

    @Test
    void irregularResponseNamesOnWire() throws Exception {
        WIRE.clear();
        administratif.recupererIAAnnuellesV2(STUDENT, "2024", "E");
        Element response = firstElement(body(message(EventType.RESP_IN)));
        assertThat(response.getLocalName()).isEqualTo("recupererIAAnnuellesResponse_v2");
        assertThat(firstElement(response).getLocalName()).isEqualTo("recupererIAAnnuellesReturn_v2");

        WIRE.clear();
        etudiant.recupererAdressesEtudiantV2(STUDENT, "2024", "N");
        Element addresses = firstElement(body(message(EventType.RESP_IN)));
        assertThat(addresses.getLocalName()).isEqualTo("recupererAdressesEtudiant_v2Response");
        assertThat(firstElement(addresses).getLocalName()).isEqualTo("recupererAdressesEtudiantReturn");
    }

    private static String message(EventType type) {
        return WIRE.stream().filter(e -> e.getType() == type).map(LogEvent::getPayload).findFirst().orElseThrow();
    }

    private static Element body(String soap) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(soap)));
        NodeList bodies = document.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Body");
        return (Element) bodies.item(0);
    }

    private static Element firstElement(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("No child element in " + parent.getLocalName());
    }
}
