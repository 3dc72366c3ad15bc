package fr.passerelle.simulator;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Test support: generated-interface clients over HTTP, and free loopback ports for the simulators. */
final class SoapClients {

    private SoapClients() {
    }

    /** Creates a client of a generated service interface for an address, with short timeouts. */
    static <T> T client(Class<T> serviceInterface, String address) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(serviceInterface);
        factory.setAddress(address);
        T client = factory.create(serviceInterface);
        Client cxfClient = ClientProxy.getClient(client);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(5_000);
        policy.setReceiveTimeout(20_000);
        ((HTTPConduit) cxfClient.getConduit()).setClient(policy);
        return client;
    }

    /** Returns a port that was free on the loopback interface a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns true if nothing listens on the loopback port any more. */
    static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }
}
