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
import java.util.List;

/**
 * The CXF servers of one simulator, on a bus of their own so that closing the simulator stops its HTTP listeners.
 */
final class SoapEndpoints implements AutoCloseable {

    private final Bus bus = BusFactory.newInstance().createBus();
    private final List<Server> servers = new ArrayList<>();

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
    }

    @Override
    public void close() {
        for (Server server : servers) {
            server.destroy();
        }
        servers.clear();
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
        return baseAddress.endsWith("/") ? baseAddress.substring(0, baseAddress.length() - 1) : baseAddress;
    }
}
