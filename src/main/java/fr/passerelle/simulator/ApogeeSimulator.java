package fr.passerelle.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.passerelle.connector.ApogeeContract;
import fr.passerelle.simulator.apogee.ApogeeRequests;
import fr.passerelle.simulator.apogee.ApogeeSamples;
import fr.passerelle.simulator.apogee.ApogeeServices;

/**
 * Simulated Apogée 6.40: every service contract of {@code wsdl/apogee/} published with CXF on undertow at
 * {@code baseAddress + "/services/<X>Metier"}, answering from the samples under {@code samples/apogee/}.
 *
 * <p>Write operations keep what they receive in {@link #requests()}. Invalid input (a missing mandatory parameter,
 * an unknown student or code) gets the {@code WebBaseException} fault, as from a real server.
 */
public final class ApogeeSimulator implements ProductSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(ApogeeSimulator.class);

    private final ApogeeSamples samples;
    private final ApogeeRequests requests = new ApogeeRequests();
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final List<Server> servers = new ArrayList<>();
    private Bus bus;

    public ApogeeSimulator() {
        this(ApogeeSamples.load());
    }

    public ApogeeSimulator(ApogeeSamples samples) {
        this.samples = samples;
    }

    @Override
    public String product() {
        return "apogee";
    }

    @Override
    public synchronized void start(String baseAddress) {
        if (bus != null) {
            throw new IllegalStateException("The Apogée simulator is already started at " + addresses);
        }
        String base = baseAddress.endsWith("/") ? baseAddress.substring(0, baseAddress.length() - 1) : baseAddress;
        bus = BusFactory.newInstance().createBus();
        try {
            for (ApogeeContract contract : ApogeeContract.values()) {
                String address = base + "/" + contract.servicePath();
                JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
                factory.setBus(bus);
                factory.setServiceClass(contract.serviceInterface());
                factory.setServiceBean(ApogeeServices.create(contract, samples, requests));
                factory.setWsdlLocation(contract.wsdlLocation());
                factory.setServiceName(contract.serviceName());
                factory.setEndpointName(contract.portName());
                factory.setAddress(address);
                servers.add(factory.create());
                addresses.put(contract.contractName(), address);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("Apogée simulator started: {} services under {}/services", addresses.size(), base);
    }

    @Override
    public synchronized Map<String, String> addresses() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(addresses));
    }

    /** Requests received by the write operations. */
    public ApogeeRequests requests() {
        return requests;
    }

    @Override
    public synchronized void close() {
        for (Server server : servers) {
            server.destroy();
        }
        servers.clear();
        addresses.clear();
        if (bus != null) {
            bus.shutdown(true);
            bus = null;
            LOG.info("Apogée simulator stopped");
        }
    }
}
