package fr.passerelle.simulator;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Rejects a request whose {@code sap-client} query parameter names another client than the simulated system's.
 * A request without the parameter goes to the system's default client, as on SAP.
 *
 * <p>SAP's web dispatcher rejects such a logon before any SOAP processing, with an HTTP error page; the simulator
 * returns a SOAP fault instead, so that a client sees the reason in the fault string.
 */
final class SapClientCheck extends AbstractPhaseInterceptor<Message> {

    private final String client;

    SapClientCheck(String client) {
        super(Phase.RECEIVE);
        this.client = client;
    }

    @Override
    public void handleMessage(Message message) {
        String requested = sapClient((String) message.get(Message.QUERY_STRING));
        if (requested != null && !requested.equals(client)) {
            Fault fault = new Fault(new IllegalArgumentException("Logon failed: client " + requested
                    + " is not available in this system; the sap-client of this system is " + client));
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            throw fault;
        }
    }

    private static String sapClient(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if ("sap-client".equals(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
