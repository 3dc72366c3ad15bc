package fr.passerelle.simulator;

import fr.passerelle.contract.sifac.centresdecout.ZWSPASSCENTRESDECOUT;
import fr.passerelle.contract.sifac.centresfinanciers.ZWSPASSCENTRESFINANCIERS;
import fr.passerelle.contract.sifac.comptesbudgetaires.ZWSPASSCOMPTESBUDGETAIRES;
import fr.passerelle.contract.sifac.creeragents.ZWSPASSCREERAGENTS;
import fr.passerelle.contract.sifac.creerfacturesvente.ZWSPASSCREERFACTURESVENTE;
import fr.passerelle.contract.sifac.domainesfonctionnels.ZWSPASSDOMAINESFONCTIONNELS;
import fr.passerelle.contract.sifac.fonds.ZWSPASSFONDS;
import fr.passerelle.contract.sifac.modifieragents.ZWSPASSMODIFIERAGENTS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.namespace.QName;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SIFAC, simulated: the eight Passerelle function modules published as SAP publishes an RFC as a web service,
 * backed by {@code samples/sifac}.
 *
 * <p>Each service lives at {@code <base>/sap/bc/srt/rfc/sap/<SERVICE>}, the ICF path of an SAP system, and its
 * address carries {@code ?sap-client=<client>}; a request for another client is rejected with a SOAP fault. As on
 * SAP, a rejected call still succeeds at the SOAP level and carries E rows (or an A row when processing stopped) in
 * its RETURN table.
 */
public final class SifacSimulator implements ProductSimulator {

    public static final String CENTRES_FINANCIERS = "ZWS_PASS_CENTRES_FINANCIERS";
    public static final String DOMAINES_FONCTIONNELS = "ZWS_PASS_DOMAINES_FONCTIONNELS";
    public static final String CENTRES_DE_COUT = "ZWS_PASS_CENTRES_DE_COUT";
    public static final String FONDS = "ZWS_PASS_FONDS";
    public static final String COMPTES_BUDGETAIRES = "ZWS_PASS_COMPTES_BUDGETAIRES";
    public static final String CREER_FACTURES_VENTE = SifacInvoiceService.SERVICE;
    public static final String CREER_AGENTS = SifacAgentServices.CREATE_SERVICE;
    public static final String MODIFIER_AGENTS = SifacAgentServices.MODIFY_SERVICE;
    /** The path SAP's Internet Communication Framework serves RFC web services under. */
    public static final String ICF_PATH = "/sap/bc/srt/rfc/sap";

    private static final Logger LOG = LoggerFactory.getLogger(SifacSimulator.class);
    private static final String NAMESPACE = "urn:sap-com:document:sap:rfc:functions";

    private final Path samplesDir;
    private final String client;
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private SifacData data;
    private SoapEndpoints endpoints;

    /** Creates a simulator of SAP client 100 over {@code samples/sifac} of the working directory. */
    public SifacSimulator() {
        this(Path.of("samples", "sifac"), "100");
    }

    /**
     * Creates a simulator over the sample files of {@code samplesDir}.
     *
     * @param client the three-digit SAP client (mandant) the services accept in {@code sap-client}
     */
    public SifacSimulator(Path samplesDir, String client) {
        if (client == null || !client.matches("\\d{3}")) {
            throw new IllegalArgumentException("SAP client " + client + " is invalid: three digits expected, "
                    + "for example 100");
        }
        this.samplesDir = samplesDir;
        this.client = client;
    }

    @Override
    public String product() {
        return "sifac";
    }

    /** Publishes every service at {@code baseAddress + "/sap/bc/srt/rfc/sap/" + SERVICE}. */
    @Override
    public synchronized void start(String baseAddress) {
        if (endpoints != null) {
            throw new IllegalStateException("The SIFAC simulator is already started at " + addresses);
        }
        String base = SoapEndpoints.checkLoopback(baseAddress) + ICF_PATH;
        data = new SifacData(samplesDir, client);
        endpoints = new SoapEndpoints();
        SifacReferentialServices referentials = new SifacReferentialServices(data);
        SifacAgentServices agents = new SifacAgentServices(data);
        try {
            publish(ZWSPASSCENTRESFINANCIERS.class, referentials, base, CENTRES_FINANCIERS);
            publish(ZWSPASSDOMAINESFONCTIONNELS.class, referentials, base, DOMAINES_FONCTIONNELS);
            publish(ZWSPASSCENTRESDECOUT.class, referentials, base, CENTRES_DE_COUT);
            publish(ZWSPASSFONDS.class, referentials, base, FONDS);
            publish(ZWSPASSCOMPTESBUDGETAIRES.class, referentials, base, COMPTES_BUDGETAIRES);
            publish(ZWSPASSCREERFACTURESVENTE.class, new SifacInvoiceService(data), base, CREER_FACTURES_VENTE);
            publish(ZWSPASSCREERAGENTS.class, agents, base, CREER_AGENTS);
            publish(ZWSPASSMODIFIERAGENTS.class, agents, base, MODIFIER_AGENTS);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("SIFAC simulator started at {} for client {} over the samples of {}", base, client, samplesDir);
    }

    private <T> void publish(Class<T> serviceInterface, T implementation, String base, String service) {
        String address = base + "/" + service;
        endpoints.publish(serviceInterface, implementation, address, "classpath:wsdl/sifac/" + service + ".wsdl",
                new QName(NAMESPACE, service + "Service"), new QName(NAMESPACE, service + "SoapBinding"),
                List.of(new SapClientCheck(client)));
        addresses.put(service, address + "?sap-client=" + client);
    }

    /** Returns each service's address, with the {@code sap-client} query parameter a client must send. */
    @Override
    public synchronized Map<String, String> addresses() {
        return Map.copyOf(addresses);
    }

    /** Forgets the write calls received so far. */
    public void clearReceived() {
        started().calls().clear();
    }

    /** Returns the write calls received so far, accepted or rejected, in arrival order. */
    public List<ReceivedCall> received() {
        return started().calls().all();
    }

    /** Returns the write calls of one function module, for example {@code Z_PASS_CREER_AGENTS}. */
    public List<ReceivedCall> received(String function) {
        return started().calls().of(function);
    }

    /** Returns the agent SIFAC now stores under a matricule: from the samples, or created or modified since. */
    public Optional<SifacAgent> agent(String matricule) {
        return started().agentByMatricule(matricule);
    }

    @Override
    public synchronized void close() {
        if (endpoints != null) {
            endpoints.close();
            endpoints = null;
            addresses.clear();
            LOG.info("SIFAC simulator stopped");
        }
    }

    private SifacData started() {
        if (data == null) {
            throw new IllegalStateException("The SIFAC simulator is not started");
        }
        return data;
    }
}
