package fr.passerelle.connector;

import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * Applies the bus's SOAP client settings to every {@code cxf:} endpoint that names it as {@code cxfConfigurer}:
 * connect and receive timeouts.
 */
public class SoapClientConfigurer implements CxfConfigurer {

    private long connectTimeoutMs = 10_000;
    private long receiveTimeoutMs = 60_000;

    @Override
    public void configure(AbstractWSDLBasedEndpointFactory factoryBean) {
        // Nothing to set before the client exists.
    }

    @Override
    public void configureClient(Client client) {
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        HTTPClientPolicy policy = conduit.getClient() == null ? new HTTPClientPolicy() : conduit.getClient();
        policy.setConnectionTimeout(connectTimeoutMs);
        policy.setReceiveTimeout(receiveTimeoutMs);
        conduit.setClient(policy);
    }

    @Override
    public void configureServer(Server server) {
        // Passerelle is a client of every product; its simulators configure their own servers.
    }

    public void setConnectTimeoutMs(long connectTimeoutMs) {
        this.connectTimeoutMs = connectTimeoutMs;
    }

    public void setReceiveTimeoutMs(long receiveTimeoutMs) {
        this.receiveTimeoutMs = receiveTimeoutMs;
    }
}
