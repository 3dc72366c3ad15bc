package fr.passerelle.simulator;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.message.Message;

import javax.xml.namespace.QName;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CXF servers of one simulator, on a bus of their own so that closing them stops their HTTP listener and leaves
 * the process's default bus, which clients use, alone.
 */
final class SoapEndpoints implements AutoCloseable {

    private final Bus bus;
    private final List<Server> servers = new ArrayList<>();
    private final Map<String, String> addresses = new LinkedHashMap<>();

    SoapEndpoints() {
        Bus previousThreadBus = BusFactory.getThreadDefaultBus(false);
        bus = BusFactory.newInstance().createBus();
        BusFactory.setThreadDefaultBus(previousThreadBus);
        if (BusFactory.getDefaultBus(false) == bus) {
            BusFactory.setDefaultBus(null);
        }
    }

    /**
     * Publishes an implementation of a generated service interface at {@code baseAddress + "/" + serviceName}, with
     * the given interceptors first on the way in.
     */
    <T> void publish(String baseAddress, String serviceName, Class<T> serviceInterface, T implementation,
                     List<Interceptor<? extends Message>> inInterceptors) {
        String address = stripTrailingSlash(baseAddress) + "/" + serviceName;
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(serviceInterface);
        factory.setServiceBean(implementation);
        factory.setAddress(address);
        factory.getInInterceptors().addAll(inInterceptors);
        servers.add(factory.create());
        addresses.put(serviceName, address);
    }

    /**
     * Publishes an implementation of a generated service interface at an address, with the contract's own WSDL so
     * that {@code address?wsdl} returns it.
     */
    <T> void publish(Class<T> serviceInterface, T implementation, String address, String wsdlLocation,
                     QName serviceName, QName portName, List<Interceptor<? extends Message>> inInterceptors) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(serviceInterface);
        factory.setServiceBean(implementation);
        factory.setAddress(address);
        factory.setWsdlLocation(wsdlLocation);
        factory.setServiceName(serviceName);
        factory.setEndpointName(portName);
        factory.getInInterceptors().addAll(inInterceptors);
        servers.add(factory.create());
        addresses.put(serviceName.getLocalPart(), address);
    }

    Map<String, String> addresses() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(addresses));
    }

    @Override
    public void close() {
        for (Server server : servers) {
            server.destroy();
        }
        servers.clear();
        addresses.clear();
        bus.shutdown(true);
    }

    /**
     * Checks that a base address is an absolute http URL on a loopback interface: the simulators have no
     * authentication and must not listen on the network.
     *
     * @return the address without a trailing slash
     */
    static String checkLoopback(String baseAddress) {
        URI uri;
        try {
            uri = URI.create(baseAddress);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Simulator address " + baseAddress + " is not a valid URL", e);
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("Simulator address " + baseAddress
                    + " must be an http URL with a host and a port, for example http://127.0.0.1:8091/harpege");
        }
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("Simulator address " + baseAddress
                        + " is not on a loopback interface; use 127.0.0.1 or localhost");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Simulator address " + baseAddress + " has an unknown host", e);
        }
        return stripTrailingSlash(baseAddress);
    }

    private static String stripTrailingSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }
}
