package fr.passerelle.simulator;

import fr.passerelle.contract.harpege.dossierrhadministratif.DossierRhAdministratifWebService;
import fr.passerelle.contract.harpege.dossierrhadministratif.DossierRhAdministratifWebServiceService;
import fr.passerelle.contract.harpege.dossierrhpersonnel.DossierRhPersonnelWebService;
import fr.passerelle.contract.harpege.dossierrhpersonnel.DossierRhPersonnelWebServiceService;
import fr.passerelle.contract.harpege.referentielgeographique.ReferentielGeographiqueWebService;
import fr.passerelle.contract.harpege.referentielgeographique.ReferentielGeographiqueWebServiceService;
import fr.passerelle.contract.harpege.referentielrh.ReferentielRhWebService;
import fr.passerelle.contract.harpege.referentielrh.ReferentielRhWebServiceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.namespace.QName;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Harpège, simulated: its four web services (dossierRhPersonnel, dossierRhAdministratif, referentielGeographique,
 * referentielRH) backed by {@code samples/harpege}.
 *
 * <p>Invalid requests get the HarpegeFonctionnelleException fault with a code and a French message, as Harpège
 * answers; {@link #setUnavailable(boolean)} makes every call fail with HarpegeTechniqueException, to try how a flow
 * copes with an outage. Pass {@code http://127.0.0.1:<port>/HarpegeWebService/services} to {@link #start(String)} to
 * get the addresses of a real Harpège.
 */
public final class HarpegeSimulator implements ProductSimulator {

    public static final String DOSSIER_RH_PERSONNEL = HarpegeDossierRhPersonnelService.SERVICE;
    public static final String DOSSIER_RH_ADMINISTRATIF = HarpegeDossierRhAdministratifService.SERVICE;
    public static final String REFERENTIEL_GEOGRAPHIQUE = HarpegeReferentielGeographiqueService.SERVICE;
    public static final String REFERENTIEL_RH = HarpegeReferentielRhService.SERVICE;

    private static final Logger LOG = LoggerFactory.getLogger(HarpegeSimulator.class);

    private final Path samplesDir;
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private HarpegeData data;
    private SoapEndpoints endpoints;

    /** Creates a simulator over {@code samples/harpege} of the working directory. */
    public HarpegeSimulator() {
        this(Path.of("samples", "harpege"));
    }

    /** Creates a simulator over the sample files of {@code samplesDir}, one folder per service. */
    public HarpegeSimulator(Path samplesDir) {
        this.samplesDir = samplesDir;
    }

    @Override
    public String product() {
        return "harpege";
    }

    @Override
    public synchronized void start(String baseAddress) {
        if (endpoints != null) {
            throw new IllegalStateException("The Harpège simulator is already started at " + addresses);
        }
        String base = SoapEndpoints.checkLoopback(baseAddress);
        data = new HarpegeData(samplesDir);
        endpoints = new SoapEndpoints();
        try {
            publish(DossierRhPersonnelWebService.class, new HarpegeDossierRhPersonnelService(data), base,
                    DOSSIER_RH_PERSONNEL, DossierRhPersonnelWebServiceService.SERVICE);
            publish(DossierRhAdministratifWebService.class, new HarpegeDossierRhAdministratifService(data), base,
                    DOSSIER_RH_ADMINISTRATIF, DossierRhAdministratifWebServiceService.SERVICE);
            publish(ReferentielGeographiqueWebService.class, new HarpegeReferentielGeographiqueService(data), base,
                    REFERENTIEL_GEOGRAPHIQUE, ReferentielGeographiqueWebServiceService.SERVICE);
            publish(ReferentielRhWebService.class, new HarpegeReferentielRhService(data), base, REFERENTIEL_RH,
                    ReferentielRhWebServiceService.SERVICE);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("Harpège simulator started at {} over the samples of {}", base, samplesDir);
    }

    private <T> void publish(Class<T> serviceInterface, T implementation, String base, String service,
                             QName serviceName) {
        String address = base + "/" + service;
        endpoints.publish(serviceInterface, implementation, address, "classpath:wsdl/harpege/" + service + ".wsdl",
                serviceName, new QName(serviceName.getNamespaceURI(), service), List.of());
        addresses.put(service, address);
    }

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

    /** Returns the write calls of one operation, for example {@code modifierEmailProfessionnel}. */
    public List<ReceivedCall> received(String operation) {
        return started().calls().of(operation);
    }

    /** While true, every call fails with HarpegeTechniqueException, as when the Harpège database is down. */
    public void setUnavailable(boolean unavailable) {
        started().setUnavailable(unavailable);
        LOG.info("Harpège simulator {}", unavailable ? "now unavailable" : "available again");
    }

    @Override
    public synchronized void close() {
        if (endpoints != null) {
            endpoints.close();
            endpoints = null;
            addresses.clear();
            LOG.info("Harpège simulator stopped");
        }
    }

    private HarpegeData started() {
        if (data == null) {
            throw new IllegalStateException("The Harpège simulator is not started");
        }
        return data;
    }
}
