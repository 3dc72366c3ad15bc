package fr.passerelle.simulator;

import fr.passerelle.connector.SapReturn;
import fr.passerelle.contract.sifac.centresdecout.ZPASSCENTRESDECOUT;
import fr.passerelle.contract.sifac.centresdecout.ZWSPASSCENTRESDECOUT;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSCENTRESFINANCIERS;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSCENTRESFINANCIERSResponse;
import fr.passerelle.contract.sifac.centresfinanciers.ZPASSSCENTREFINANCIER;
import fr.passerelle.contract.sifac.centresfinanciers.ZWSPASSCENTRESFINANCIERS;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZPASSCOMPTESBUDGETAIRES;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZWSPASSCOMPTESBUDGETAIRES;
import fr.passerelle.contract.sifac.creeragents.TABLEOFZPASSSAGENT;
import fr.passerelle.contract.sifac.creeragents.ZPASSCREERAGENTS;
import fr.passerelle.contract.sifac.creeragents.ZPASSCREERAGENTSResponse;
import fr.passerelle.contract.sifac.creeragents.ZPASSSAGENT;
import fr.passerelle.contract.sifac.creeragents.ZWSPASSCREERAGENTS;
import fr.passerelle.contract.sifac.creerfacturesvente.TABLEOFZPASSSFACTUREPOSTE;
import fr.passerelle.contract.sifac.creerfacturesvente.ZPASSCREERFACTURESVENTE;
import fr.passerelle.contract.sifac.creerfacturesvente.ZPASSCREERFACTURESVENTEResponse;
import fr.passerelle.contract.sifac.creerfacturesvente.ZPASSSFACTUREENTETE;
import fr.passerelle.contract.sifac.creerfacturesvente.ZPASSSFACTUREPOSTE;
import fr.passerelle.contract.sifac.creerfacturesvente.ZWSPASSCREERFACTURESVENTE;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZPASSDOMAINESFONCTIONNELS;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZWSPASSDOMAINESFONCTIONNELS;
import fr.passerelle.contract.sifac.fonds.ZPASSFONDS;
import fr.passerelle.contract.sifac.fonds.ZPASSSFONDS;
import fr.passerelle.contract.sifac.fonds.ZWSPASSFONDS;
import fr.passerelle.contract.sifac.modifieragents.ZPASSMODIFIERAGENTS;
import fr.passerelle.contract.sifac.modifieragents.ZPASSMODIFIERAGENTSResponse;
import fr.passerelle.contract.sifac.modifieragents.ZWSPASSMODIFIERAGENTS;
import jakarta.xml.ws.WebServiceException;
import org.apache.cxf.binding.soap.SoapFault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

class SifacSimulatorTest {

    private static final AtomicInteger REFERENCES = new AtomicInteger();

    private static SifacSimulator simulator;
    private static String base;

    @BeforeAll
    static void start() {
        base = "http://127.0.0.1:" + SoapClients.freePort() + "/sifac";
        simulator = new SifacSimulator();
        simulator.start(base);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void forgetCalls() {
        simulator.clearReceived();
    }

    @TestFactory
    List<DynamicTest> everyOperationRoundTrips() {
        return operationCases();
    }

    @Test
    void casesCoverEveryCatalogueOperation() {
        List<String> cases = operationCases().stream().map(DynamicTest::getDisplayName).toList();

        assertThat(cases).hasSize(8).doesNotHaveDuplicates();
        assertThat(cases).containsExactlyInAnyOrderElementsOf(CatalogueRows.operations("sifac"));
    }

    @Test
    void addressesCarryIcfPathAndClient() {
        assertThat(simulator.addresses()).hasSize(8);
        assertThat(simulator.addresses().get(SifacSimulator.FONDS))
                .isEqualTo(base + "/sap/bc/srt/rfc/sap/ZWS_PASS_FONDS?sap-client=100");
    }

    private static List<DynamicTest> operationCases() {
        return List.of(
                dynamicTest("Z_PASS_CENTRES_FINANCIERS", () -> {
                    ZPASSCENTRESFINANCIERS request = new ZPASSCENTRESFINANCIERS();
                    request.setIFIKRS("UVL");
                    request.setIDATEVALIDITE("2025-09-01");
                    ZPASSCENTRESFINANCIERSResponse response = financialCentres().zPASSCENTRESFINANCIERS(request);
                    List<ZPASSSCENTREFINANCIER> rows = response.getTCENTRESFINANCIERS().getItem();
                    assertThat(rows).hasSize(12).extracting(ZPASSSCENTREFINANCIER::getFICTR)
                            .contains("900", "911").doesNotContain("912");
                    assertThat(rows).filteredOn(row -> row.getFICTR().equals("911")).singleElement()
                            .satisfies(row -> {
                                assertThat(row.getPARENTST()).isEqualTo("910");
                                assertThat(row.getBESCHR()).isEqualTo("Lab. de mathématiques du Val-de-Loire");
                            });
                    SapReturn result = SapReturn.fromBapiret2(response.getRETURN().getItem());
                    assertThat(result.failed()).isFalse();
                    assertThat(result.messages()).extracting(SapReturn.Message::text).containsExactly("12 lignes lues");
                }),
                dynamicTest("Z_PASS_DOMAINES_FONCTIONNELS", () -> {
                    ZPASSDOMAINESFONCTIONNELS request = new ZPASSDOMAINESFONCTIONNELS();
                    request.setIFKBER("107");
                    var response = client(ZWSPASSDOMAINESFONCTIONNELS.class, SifacSimulator.DOMAINES_FONCTIONNELS)
                            .zPASSDOMAINESFONCTIONNELS(request);
                    assertThat(response.getTDOMAINESFONCTIONNELS().getItem()).singleElement()
                            .satisfies(row -> assertThat(row.getFKBTX()).isEqualTo("Rech. maths et STIC"));
                    assertThat(SapReturn.fromBapiret2(response.getRETURN().getItem()).failed()).isFalse();
                }),
                dynamicTest("Z_PASS_CENTRES_DE_COUT", () -> {
                    ZPASSCENTRESDECOUT request = new ZPASSCENTRESDECOUT();
                    request.setIKOKRS("UVL");
                    request.setIKOSTL("C953");
                    var response = client(ZWSPASSCENTRESDECOUT.class, SifacSimulator.CENTRES_DE_COUT)
                            .zPASSCENTRESDECOUT(request);
                    assertThat(response.getTCENTRESDECOUT().getItem()).singleElement().satisfies(row -> {
                        assertThat(row.getVERAK()).isEqualTo("S. N'DIAYE");
                        assertThat(row.getFICTR()).isEqualTo("953");
                        assertThat(row.getFKBER()).isEqualTo("115");
                    });
                }),
                dynamicTest("Z_PASS_FONDS", () -> {
                    ZPASSFONDS request = new ZPASSFONDS();
                    request.setIFIKRS("UVL");
                    request.setIDATEVALIDITE("2025-09-01");
                    var response = client(ZWSPASSFONDS.class, SifacSimulator.FONDS).zPASSFONDS(request);
                    assertThat(response.getTFONDS().getItem()).extracting(ZPASSSFONDS::getFINCODE).hasSize(6)
                            .contains("ANR23CE40", "ERASMUS24").doesNotContain("REGCVL22");
                }),
                dynamicTest("Z_PASS_COMPTES_BUDGETAIRES", () -> {
                    ZPASSCOMPTESBUDGETAIRES all = new ZPASSCOMPTESBUDGETAIRES();
                    all.setIFIKRS("UVL");
                    all.setIGJAHR("2026");
                    ZPASSCOMPTESBUDGETAIRES one = new ZPASSCOMPTESBUDGETAIRES();
                    one.setIFIKRS("UVL");
                    one.setIGJAHR("2026");
                    one.setIFIPEX("REC-PRESTATIONS");
                    var service = client(ZWSPASSCOMPTESBUDGETAIRES.class, SifacSimulator.COMPTES_BUDGETAIRES);
                    assertThat(service.zPASSCOMPTESBUDGETAIRES(all).getTCOMPTESBUDGETAIRES().getItem()).hasSize(16);
                    assertThat(service.zPASSCOMPTESBUDGETAIRES(one).getTCOMPTESBUDGETAIRES().getItem())
                            .singleElement().satisfies(row -> {
                                assertThat(row.getDEPENSERECETTE()).isEqualTo("R");
                                assertThat(row.getFIPUP()).isEqualTo("RECETTES");
                            });
                }),
                dynamicTest("Z_PASS_CREER_FACTURES_VENTE", () -> {
                    ZPASSCREERFACTURESVENTE request = invoice("UVL", item("REC-FORMATION-CONT", "930", "250.00"));
                    ZPASSCREERFACTURESVENTEResponse response = invoices().zPASSCREERFACTURESVENTE(request);
                    SapReturn result = SapReturn.fromBapiret2(response.getRETURN().getItem());
                    assertThat(result.failed()).isFalse();
                    assertThat(response.getEBELNR()).matches("9\\d{9}");
                    assertThat(response.getEGJAHR()).isEqualTo("2025");
                    assertThat(result.messages()).singleElement().satisfies(message -> {
                        assertThat(message.type()).isEqualTo("S");
                        assertThat(message.text()).isEqualTo("Pièce " + response.getEBELNR()
                                + " comptabilisée dans la société UVL pour l'exercice 2025");
                    });
                    ReceivedCall call = simulator.received("Z_PASS_CREER_FACTURES_VENTE").get(0);
                    assertThat(call.accepted()).isTrue();
                    assertThat(call.parameter("IS_ENTETE", ZPASSSFACTUREENTETE.class).getXBLNR())
                            .isEqualTo(request.getISENTETE().getXBLNR());
                    assertThat((List<?>) call.parameter("IT_POSTES", List.class)).singleElement()
                            .satisfies(item -> assertThat(((ZPASSSFACTUREPOSTE) item).getWRBTR())
                                    .isEqualByComparingTo("250.00"));
                }),
                dynamicTest("Z_PASS_CREER_AGENTS", () -> {
                    ZPASSCREERAGENTSResponse response = createAgents().zPASSCREERAGENTS(
                            createRequest(agent("UVL000012455", "DUBŒUF", "FR2010278373000001234567890")));
                    assertThat(SapReturn.fromBapiret2(response.getRETURN().getItem()).failed()).isFalse();
                    assertThat(response.getETAGENTS().getItem()).singleElement().satisfies(key -> {
                        assertThat(key.getMATRICULE()).isEqualTo("UVL000012455");
                        assertThat(key.getLIFNR()).matches("81\\d{8}");
                    });
                    SifacAgent kept = simulator.agent("UVL000012455").orElseThrow();
                    assertThat(kept.nachn()).isEqualTo("DUBŒUF");
                    assertThat(kept.iban()).isEqualTo("FR2010278373000001234567890");
                    assertThat(kept.lifnr()).isEqualTo(response.getETAGENTS().getItem().get(0).getLIFNR());
                    assertThat(simulator.received("Z_PASS_CREER_AGENTS")).singleElement()
                            .satisfies(call -> assertThat(call.accepted()).isTrue());
                }),
                dynamicTest("Z_PASS_MODIFIER_AGENTS", () -> {
                    var change = new fr.passerelle.contract.sifac.modifieragents.ZPASSSAGENT();
                    change.setMATRICULE("UVL000010587");
                    change.setSTRAS("3 place du Martroi");
                    change.setSMTPADDR("helene.garnier@univ-valdeloire.fr");
                    ZPASSMODIFIERAGENTSResponse response = modifyAgents().zPASSMODIFIERAGENTS(modifyRequest(change));
                    SapReturn result = SapReturn.fromBapiret2(response.getRETURN().getItem());
                    assertThat(result.failed()).isFalse();
                    assertThat(result.messages()).extracting(SapReturn.Message::text)
                            .containsExactly("Agent UVL000010587 modifié");
                    SifacAgent kept = simulator.agent("UVL000010587").orElseThrow();
                    assertThat(kept.stras()).isEqualTo("3 place du Martroi");
                    assertThat(kept.nachn()).isEqualTo("GARNIER");
                    assertThat(kept.name2()).isEqualTo("MOREAU");
                    assertThat(kept.lifnr()).isEqualTo("8000010587");
                }));
    }

    @Test
    void invalidInvoiceItemsGetErrorRows() {
        ZPASSSFACTUREPOSTE expense = item("FONCT-LOGISTIQUE", "930", "100.00");
        ZPASSSFACTUREPOSTE unknownCentre = item("REC-PRESTATIONS", "999", "0.00");
        ZPASSCREERFACTURESVENTE request = invoice("UVL", expense, unknownCentre);

        ZPASSCREERFACTURESVENTEResponse response = invoices().zPASSCREERFACTURESVENTE(request);

        SapReturn result = SapReturn.fromBapiret2(response.getRETURN().getItem());
        assertThat(result.failed()).isTrue();
        assertThat(result.aborted()).isFalse();
        assertThat(result.errors()).extracting(SapReturn.Message::describe).containsExactly(
                "E ZPASS 008: Le compte budgétaire FONCT-LOGISTIQUE n'est pas un compte de recette "
                        + "(IT_POSTES, row 1, field FIPEX)",
                "E ZPASS 013: Le montant du poste 2 doit être positif (IT_POSTES, row 2, field WRBTR)",
                "E ZPASS 007: Le centre financier 999 n'est pas valide dans le périmètre UVL "
                        + "(IT_POSTES, row 2, field FICTR)");
        assertThat(response.getEBELNR()).isEmpty();
        assertThat(simulator.received("Z_PASS_CREER_FACTURES_VENTE")).singleElement()
                .satisfies(call -> assertThat(call.accepted()).isFalse());
    }

    @Test
    void invoiceReferenceIsPostedOnce() {
        ZPASSCREERFACTURESVENTE request = invoice("UVL", item("REC-PRESTATIONS", "911", "80.00"));
        String first = invoices().zPASSCREERFACTURESVENTE(request).getEBELNR();

        ZPASSCREERFACTURESVENTEResponse again = invoices().zPASSCREERFACTURESVENTE(request);

        assertThat(again.getEBELNR()).isEmpty();
        assertThat(SapReturn.fromBapiret2(again.getRETURN().getItem()).errorSummary()).isEqualTo("E ZPASS 015: "
                + "La référence " + request.getISENTETE().getXBLNR() + " est déjà comptabilisée dans la pièce " + first
                + " (IS_ENTETE, field XBLNR)");
    }

    @Test
    void unknownCompanyCodeAbortsInvoice() {
        ZPASSCREERFACTURESVENTEResponse response = invoices().zPASSCREERFACTURESVENTE(
                invoice("XXXX", item("REC-PRESTATIONS", "911", "-5")));

        SapReturn result = SapReturn.fromBapiret2(response.getRETURN().getItem());
        assertThat(result.aborted()).isTrue();
        assertThat(result.messages()).singleElement().satisfies(message -> {
            assertThat(message.type()).isEqualTo("A");
            assertThat(message.number()).isEqualTo("005");
            assertThat(message.text()).isEqualTo("La société XXXX n'existe pas : traitement interrompu");
            assertThat(message.field()).isEqualTo("BUKRS");
        });
        assertThat(response.getRETURN().getItem().get(0).getSYSTEM()).isEqualTo("SIFCLNT100");
    }

    @Test
    void unknownCompanyCodeAbortsAgentCreation() {
        ZPASSSAGENT agent = agent("UVL000055555", "AÏT-SAÏD", "FR9330002005550000157845Z02");
        agent.setBUKRS("ZZZZ");

        ZPASSCREERAGENTSResponse response = createAgents().zPASSCREERAGENTS(createRequest(agent));

        SapReturn result = SapReturn.fromBapiret2(response.getRETURN().getItem());
        assertThat(result.aborted()).isTrue();
        assertThat(result.errorSummary()).isEqualTo("A ZPASS 005: La société ZZZZ n'existe pas : traitement "
                + "interrompu (IT_AGENTS, row 1, field BUKRS)");
        assertThat(response.getETAGENTS().getItem()).isEmpty();
        assertThat(simulator.agent("UVL000055555")).isEmpty();
    }

    @Test
    void agentCallIsAllOrNothing() {
        ZPASSSAGENT valid = agent("UVL000013021", "MARTIN-MÉNARD", "FR7630004000031234567890143");
        ZPASSSAGENT known = agent("UVL000010234", "LEFÈVRE", "FR7630004000031234567890143");
        ZPASSSAGENT badIban = agent("UVL000099999", "INCONNU", "FR7630004000031234567890199");

        ZPASSCREERAGENTSResponse response = createAgents().zPASSCREERAGENTS(createRequest(valid, known, badIban));

        SapReturn result = SapReturn.fromBapiret2(response.getRETURN().getItem());
        assertThat(result.errors()).extracting(SapReturn.Message::describe).containsExactly(
                "E ZPASS 019: L'agent de matricule UVL000010234 existe déjà sous le fournisseur 8000010234 "
                        + "(IT_AGENTS, row 2, field MATRICULE)",
                "E ZPASS 018: L'IBAN de l'agent UVL000099999 n'est pas valide (IT_AGENTS, row 3, field IBAN)");
        assertThat(result.errorSummary()).doesNotContain("FR7630004000031234567890199");
        assertThat(response.getETAGENTS().getItem()).isEmpty();
        assertThat(simulator.agent("UVL000013021")).isEmpty();
    }

    @Test
    void createdAgentCanBeModifiedByVendorNumber() {
        ZPASSCREERAGENTSResponse created = createAgents().zPASSCREERAGENTS(
                createRequest(agent("UVL000013377", "AÏT-SAÏD", "FR9330002005550000157845Z02")));
        String vendor = created.getETAGENTS().getItem().get(0).getLIFNR();
        var change = new fr.passerelle.contract.sifac.modifieragents.ZPASSSAGENT();
        change.setLIFNR(vendor);
        change.setKOSTL("C921");
        change.setFICTR("921");

        ZPASSMODIFIERAGENTSResponse modified = modifyAgents().zPASSMODIFIERAGENTS(modifyRequest(change));

        assertThat(SapReturn.fromBapiret2(modified.getRETURN().getItem()).failed()).isFalse();
        assertThat(modified.getETAGENTS().getItem()).singleElement()
                .satisfies(key -> assertThat(key.getMATRICULE()).isEqualTo("UVL000013377"));
        assertThat(simulator.agent("UVL000013377").orElseThrow().kostl()).isEqualTo("C921");
    }

    @Test
    void unknownAgentModificationGetsErrorRow() {
        var change = new fr.passerelle.contract.sifac.modifieragents.ZPASSSAGENT();
        change.setMATRICULE("UVL000000001");
        change.setORT01("Tours");

        ZPASSMODIFIERAGENTSResponse response = modifyAgents().zPASSMODIFIERAGENTS(modifyRequest(change));

        assertThat(SapReturn.fromBapiret2(response.getRETURN().getItem()).errorSummary())
                .isEqualTo("E ZPASS 020: L'agent UVL000000001 n'existe pas (IT_AGENTS, row 1, field MATRICULE)");
        assertThat(simulator.received("Z_PASS_MODIFIER_AGENTS")).singleElement()
                .satisfies(call -> assertThat(call.accepted()).isFalse());
    }

    @Test
    void readsRejectMissingOrUnknownParameters() {
        ZPASSCENTRESFINANCIERS missing = new ZPASSCENTRESFINANCIERS();
        ZPASSCENTRESFINANCIERS unknownArea = new ZPASSCENTRESFINANCIERS();
        unknownArea.setIFIKRS("ABCD");
        ZPASSCENTRESFINANCIERS badDate = new ZPASSCENTRESFINANCIERS();
        badDate.setIFIKRS("UVL");
        badDate.setIDATEVALIDITE("2025-13-01");
        ZPASSCENTRESFINANCIERS unknownCentre = new ZPASSCENTRESFINANCIERS();
        unknownCentre.setIFIKRS("UVL");
        unknownCentre.setIFICTR("999");

        assertThat(errors(financialCentres().zPASSCENTRESFINANCIERS(missing)))
                .isEqualTo("E ZPASS 001: Le paramètre I_FIKRS est obligatoire (I_FIKRS)");
        assertThat(errors(financialCentres().zPASSCENTRESFINANCIERS(unknownArea)))
                .isEqualTo("E ZPASS 002: Le périmètre financier ABCD n'existe pas (I_FIKRS)");
        assertThat(errors(financialCentres().zPASSCENTRESFINANCIERS(badDate))).isEqualTo("E ZPASS 004: La date "
                + "2025-13-01 du champ I_DATE_VALIDITE n'est pas valide : AAAA-MM-JJ attendu (I_DATE_VALIDITE)");
        assertThat(errors(financialCentres().zPASSCENTRESFINANCIERS(unknownCentre)))
                .isEqualTo("E ZPASS 007: Le centre financier 999 n'est pas valide dans le périmètre UVL (I_FICTR)");
        ZPASSCOMPTESBUDGETAIRES noYear = new ZPASSCOMPTESBUDGETAIRES();
        noYear.setIFIKRS("UVL");
        noYear.setIGJAHR("2030");
        assertThat(SapReturn.fromBapiret2(client(ZWSPASSCOMPTESBUDGETAIRES.class,
                SifacSimulator.COMPTES_BUDGETAIRES).zPASSCOMPTESBUDGETAIRES(noYear).getRETURN().getItem())
                .errorSummary()).isEqualTo("E ZPASS 024: Aucun compte budgétaire pour l'exercice 2030 (I_GJAHR)");
    }

    @Test
    void wrongSapClientIsRejected() {
        String address = simulator.addresses().get(SifacSimulator.CENTRES_FINANCIERS)
                .replace("sap-client=100", "sap-client=999");
        ZWSPASSCENTRESFINANCIERS wrongClient = SoapClients.client(ZWSPASSCENTRESFINANCIERS.class, address);
        ZPASSCENTRESFINANCIERS request = new ZPASSCENTRESFINANCIERS();
        request.setIFIKRS("UVL");

        // NOTE: without a SAAJ implementation on the classpath CXF cannot build a SOAPFaultException, so an
        // undeclared SOAP fault arrives as a WebServiceException whose cause is the SoapFault.
        assertThatThrownBy(() -> wrongClient.zPASSCENTRESFINANCIERS(request))
                .isInstanceOf(WebServiceException.class)
                .cause().isInstanceOfSatisfying(SoapFault.class, fault -> {
                    assertThat(fault.getMessage()).isEqualTo("Logon failed: client 999 is not available in this "
                            + "system; the sap-client of this system is 100");
                    assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("Client");
                });
    }

    @Test
    void missingSapClientUsesTheDefaultClient() {
        String address = simulator.addresses().get(SifacSimulator.CENTRES_FINANCIERS).replace("?sap-client=100", "");
        ZPASSCENTRESFINANCIERS request = new ZPASSCENTRESFINANCIERS();
        request.setIFIKRS("UVL");

        var response = SoapClients.client(ZWSPASSCENTRESFINANCIERS.class, address).zPASSCENTRESFINANCIERS(request);

        assertThat(response.getTCENTRESFINANCIERS().getItem()).hasSize(13);
    }

    @Test
    void servesTheContractWsdl() throws Exception {
        String address = simulator.addresses().get(SifacSimulator.FONDS).replace("?sap-client=100", "?wsdl");

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ZWS_PASS_FONDSService").contains("TABLE_OF_BAPIRET2")
                .contains("urn:sap-com:document:sap:rfc:functions");
    }

    @Test
    void rejectsInvalidClientAndSecondStart() {
        assertThatThrownBy(() -> new SifacSimulator(java.nio.file.Path.of("samples", "sifac"), "10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SAP client 10 is invalid");
        assertThatThrownBy(() -> simulator.start(base)).isInstanceOf(IllegalStateException.class);
    }

    private static String errors(ZPASSCENTRESFINANCIERSResponse response) {
        return SapReturn.fromBapiret2(response.getRETURN().getItem()).errorSummary();
    }

    private static ZWSPASSCENTRESFINANCIERS financialCentres() {
        return client(ZWSPASSCENTRESFINANCIERS.class, SifacSimulator.CENTRES_FINANCIERS);
    }

    private static ZWSPASSCREERFACTURESVENTE invoices() {
        return client(ZWSPASSCREERFACTURESVENTE.class, SifacSimulator.CREER_FACTURES_VENTE);
    }

    private static ZWSPASSCREERAGENTS createAgents() {
        return client(ZWSPASSCREERAGENTS.class, SifacSimulator.CREER_AGENTS);
    }

    private static ZWSPASSMODIFIERAGENTS modifyAgents() {
        return client(ZWSPASSMODIFIERAGENTS.class, SifacSimulator.MODIFIER_AGENTS);
    }

    private static <T> T client(Class<T> serviceInterface, String service) {
        return SoapClients.client(serviceInterface, simulator.addresses().get(service));
    }

    private static ZPASSCREERFACTURESVENTE invoice(String company, ZPASSSFACTUREPOSTE... items) {
        ZPASSSFACTUREENTETE header = new ZPASSSFACTUREENTETE();
        header.setBUKRS(company);
        header.setKUNNR("0000100002");
        header.setBLDAT("2025-09-15");
        header.setXBLNR("FC-2025-" + String.format("%04d", REFERENCES.incrementAndGet()));
        header.setWAERS("EUR");
        header.setBKTXT("Formation continue");
        TABLEOFZPASSSFACTUREPOSTE table = new TABLEOFZPASSSFACTUREPOSTE();
        table.getItem().addAll(List.of(items));
        ZPASSCREERFACTURESVENTE request = new ZPASSCREERFACTURESVENTE();
        request.setISENTETE(header);
        request.setITPOSTES(table);
        return request;
    }

    private static ZPASSSFACTUREPOSTE item(String budgetAccount, String financialCentre, String amount) {
        ZPASSSFACTUREPOSTE item = new ZPASSSFACTUREPOSTE();
        item.setBUZEI("001");
        item.setSGTXT("Stage « Droit du numérique », 2 jours");
        item.setMENGE(BigDecimal.ONE);
        item.setWRBTR(new BigDecimal(amount));
        item.setMWSKZ("S1");
        item.setFIPEX(budgetAccount);
        item.setFICTR(financialCentre);
        item.setFKBER("102");
        item.setFINCODE("FC");
        return item;
    }

    private static ZPASSSAGENT agent(String matricule, String lastName, String iban) {
        ZPASSSAGENT agent = new ZPASSSAGENT();
        agent.setMATRICULE(matricule);
        agent.setGESCH("1");
        agent.setNACHN(lastName);
        agent.setVORNA("François");
        agent.setGBDAT("1990-12-03");
        agent.setSMTPADDR("francois.duboeuf@univ-valdeloire.fr");
        agent.setSTRAS("45 route d'Olivet");
        agent.setPSTLZ("45100");
        agent.setORT01("Orléans");
        agent.setLAND1("FR");
        agent.setIBAN(iban);
        agent.setSWIFT("CMCIFR2AXXX");
        agent.setBUKRS("UVL");
        agent.setKOSTL("C951");
        agent.setFICTR("951");
        agent.setBEGDA("2020-01-01");
        agent.setENDDA("9999-12-31");
        return agent;
    }

    private static ZPASSCREERAGENTS createRequest(ZPASSSAGENT... agents) {
        TABLEOFZPASSSAGENT table = new TABLEOFZPASSSAGENT();
        table.getItem().addAll(List.of(agents));
        ZPASSCREERAGENTS request = new ZPASSCREERAGENTS();
        request.setITAGENTS(table);
        return request;
    }

    private static ZPASSMODIFIERAGENTS modifyRequest(fr.passerelle.contract.sifac.modifieragents.ZPASSSAGENT change) {
        var table = new fr.passerelle.contract.sifac.modifieragents.TABLEOFZPASSSAGENT();
        table.getItem().add(change);
        ZPASSMODIFIERAGENTS request = new ZPASSMODIFIERAGENTS();
        request.setITAGENTS(table);
        return request;
    }
}
