package fr.passerelle.simulator;

import fr.passerelle.contract.rof.offreformation.OffreFormation;
import fr.passerelle.contract.rof.offreformation.OffreFormationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.namespace.QName;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROF, simulated: the offreFormation service backed by {@code samples/rof}. ROF offers read services only, so
 * this simulator keeps no calls.
 */
public final class RofSimulator implements ProductSimulator {

    public static final String OFFRE_FORMATION = RofOffreFormationService.SERVICE;

    private static final Logger LOG = LoggerFactory.getLogger(RofSimulator.class);

    private final Path samplesDir;
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private SoapEndpoints endpoints;

    /** Creates a simulator over {@code samples/rof} of the working directory. */
    public RofSimulator() {
        this(Path.of("samples", "rof"));
    }

    /** Creates a simulator over the sample files of {@code samplesDir}. */
    public RofSimulator(Path samplesDir) {
        this.samplesDir = samplesDir;
    }

    @Override
    public String product() {
        return "rof";
    }

    @Override
    public synchronized void start(String baseAddress) {
        if (endpoints != null) {
            throw new IllegalStateException("The ROF simulator is already started at " + addresses);
        }
        String address = SoapEndpoints.checkLoopback(baseAddress) + "/" + OFFRE_FORMATION;
        RofOffreFormationService service = new RofOffreFormationService(samplesDir);
        endpoints = new SoapEndpoints();
        try {
            endpoints.publish(OffreFormation.class, service, address, "classpath:wsdl/rof/offreFormation.wsdl",
                    OffreFormationService.SERVICE, new QName(OffreFormationService.SERVICE.getNamespaceURI(),
                            OFFRE_FORMATION), List.of());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        addresses.put(OFFRE_FORMATION, address);
        LOG.info("ROF simulator started at {} over the samples of {}", address, samplesDir);
    }

    @Override
    public synchronized Map<String, String> addresses() {
        return Map.copyOf(addresses);
    }

    @Override
    public synchronized void close() {
        if (endpoints != null) {
            endpoints.close();
            endpoints = null;
            addresses.clear();
            LOG.info("ROF simulator stopped");
        }
    }
}
