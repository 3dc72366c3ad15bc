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
import java.time.Duration;

/** Generated CXF clients and free loopback ports for the simulator tests. */
final class SoapTestClients {

    private SoapTestClients() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String freeBaseAddress(String product) {
        return "http://127.0.0.1:" + freePort() + "/" + product;
    }

    static <T> T client(Class<T> serviceInterface, String address) {
        return client(serviceInterface, address, null, null, Duration.ofSeconds(30));
    }

    static <T> T client(Class<T> serviceInterface, String address, String username, String password,
                        Duration receiveTimeout) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(serviceInterface);
        factory.setAddress(address);
        if (username != null) {
            factory.setUsername(username);
            factory.setPassword(password);
        }
        T proxy = serviceInterface.cast(factory.create());
        Client client = ClientProxy.getClient(proxy);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(5_000);
        policy.setReceiveTimeout(receiveTimeout.toMillis());
        ((HTTPConduit) client.getConduit()).setClient(policy);
        return proxy;
    }
}
