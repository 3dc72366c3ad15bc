package fr.passerelle.flow;

import fr.passerelle.contract.sinchro.absence.Absence;
import fr.passerelle.contract.sinchro.absence.AbsenceWebService;
import fr.passerelle.contract.sinchro.absence.IdentifiantAbsence;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.ws.soap.SOAPBinding;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.Soap12;
import org.apache.cxf.configuration.jsse.TLSServerParameters;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http_undertow.UndertowHTTPServerEngineFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A SINCHRO AbsenceWebService for fault tests, over HTTP on loopback: it speaks SOAP 1.1 or SOAP 1.2, and can be
 * switched to reject every absence with a SOAP fault, to respond with HTTP 503 or to respond slowly.
 */
final class FaultyAbsenceServer implements AutoCloseable {

    private final List<Absence> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();
    private volatile String faultMessage;
    private volatile long slowMillis;
    private final Bus bus;
    private final Server server;
    private final String address;

    FaultyAbsenceServer(int port, boolean soap12) {
        this(port, soap12, List.of(), null);
    }

    /**
     * A server with extra interceptors first on the way in (a credentials check), and over HTTPS when {@code tls} is
     * not null.
     */
    FaultyAbsenceServer(int port, boolean soap12, List<Interceptor<? extends Message>> checks,
                        TLSServerParameters tls) {
        address = (tls == null ? "http" : "https") + "://127.0.0.1:" + port + "/sinchro/AbsenceWebService";
        Bus previous = BusFactory.getThreadDefaultBus(false);
        bus = BusFactory.newInstance().createBus();
        BusFactory.setThreadDefaultBus(previous);
        if (tls != null) {
            try {
                new UndertowHTTPServerEngineFactory(bus).setTLSServerParametersForPort("127.0.0.1", port, tls);
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("Cannot set up TLS on port " + port, e);
            }
        }
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(AbsenceWebService.class);
        factory.setServiceBean(new Service());
        factory.setAddress(address);
        if (soap12) {
            factory.setBindingId(SOAPBinding.SOAP12HTTP_BINDING);
        }
        factory.getInInterceptors().add(new Switch());
        factory.getInInterceptors().addAll(checks);
        server = factory.create();
    }

    String address() {
        return address;
    }

    /** Refuses every absence from now on with a SOAP fault of this message (Client, or Sender in SOAP 1.2). */
    void refuseWith(String message) {
        faultMessage = message;
    }

    void unavailableFor(int calls) {
        unavailable.set(calls);
    }

    void slowFor(int calls, long millis) {
        slowMillis = millis;
        slow.set(calls);
    }

    List<Absence> received() {
        return List.copyOf(received);
    }

    int requestCount() {
        return requests.get();
    }

    @Override
    public void close() {
        server.destroy();
        bus.shutdown(true);
        if (address.startsWith("https")) {
            UndertowHTTPServerEngineFactory.destroyForPort(java.net.URI.create(address).getPort());
        }
    }

    private final class Service implements AbsenceWebService {
        @Override
        public IdentifiantAbsence creerAbsence(Absence absence) {
            String message = faultMessage;
            if (message != null) {
                boolean soap12 = PhaseInterceptorChainHolder.isSoap12();
                throw new SoapFault(message, soap12 ? Soap12.getInstance().getSender() : Fault.FAULT_CODE_CLIENT);
            }
            received.add(absence);
            IdentifiantAbsence id = new IdentifiantAbsence();
            id.setIdentifiant("ABS-" + received.size());
            id.setIdentifiantSource(absence.getIdentifiantSource());
            return id;
        }

        @Override
        public IdentifiantAbsence supprimerAbsence(String identifiantSource) {
            throw new SoapFault("Not used in this test", Fault.FAULT_CODE_CLIENT);
        }

        @Override
        public List<Absence> listerAbsences(String matricule) {
            return received();
        }
    }

    /** Tells whether the request in progress came as SOAP 1.2. */
    private static final class PhaseInterceptorChainHolder {
        static boolean isSoap12() {
            Message message = org.apache.cxf.phase.PhaseInterceptorChain.getCurrentMessage();
            return message instanceof org.apache.cxf.binding.soap.SoapMessage soap
                    && soap.getVersion() instanceof Soap12;
        }
    }

    private final class Switch extends AbstractPhaseInterceptor<Message> {
        Switch() {
            super(Phase.RECEIVE);
        }

        @Override
        public void handleMessage(Message message) {
            requests.incrementAndGet();
            if (unavailable.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
                byte[] body = "SINCHRO is under maintenance\n".getBytes(StandardCharsets.UTF_8);
                try {
                    response.setStatus(503);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.setContentLength(body.length);
                    response.getOutputStream().write(body);
                    response.flushBuffer();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    message.getInterceptorChain().abort();
                }
                return;
            }
            if (slow.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
