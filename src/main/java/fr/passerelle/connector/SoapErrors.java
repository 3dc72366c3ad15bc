package fr.passerelle.connector;

import jakarta.xml.ws.WebFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import org.apache.camel.Exchange;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;

import java.io.IOException;

/**
 * Sorts the failures of a call to a product into permanent ones, which go to the dead-letter queue at once, and
 * transient ones, which the broker redelivers with back-off.
 *
 * <p>Permanent: a SOAP 1.1 or 1.2 fault, a fault declared in the WSDL (a generated exception annotated
 * {@link WebFault}, such as Apogée's {@code WebBaseException}), a {@link PermanentDeliveryException}. Transient: an
 * HTTP status without a SOAP fault (503, 502...), a refused connection, a timeout, and any other failure, so that a
 * failure of unknown kind is retried before it is dead-lettered.
 */
public class SoapErrors {

    private int maxDeliveryAttempts = 10;

    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PermanentDeliveryException
                    || cause instanceof SOAPFaultException
                    || cause.getClass().isAnnotationPresent(WebFault.class)) {
                return true;
            }
            if (cause instanceof SoapFault fault) {
                return !isTransportFailure(fault);
            }
            if (cause instanceof HTTPException || cause instanceof IOException) {
                return false;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** CXF reports some transport failures as a fault wrapping the I/O error, which makes them transient. */
    private static boolean isTransportFailure(SoapFault fault) {
        for (Throwable cause = fault.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof HTTPException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true when the failed message must go to its dead-letter queue now: the failure is permanent, or this was
     * the last delivery attempt the broker allows.
     */
    public boolean shouldDeadLetter(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure == null) {
            failure = exchange.getException();
        }
        if (isPermanent(failure)) {
            return true;
        }
        Integer attempts = exchange.getIn().getHeader("JMSXDeliveryCount", Integer.class);
        return attempts != null && attempts >= maxDeliveryAttempts;
    }

    /**
     * Describes a failure for a log line or a dead-letter reason: the outermost message, followed by the innermost
     * cause when it says more, such as the HTTP status behind CXF's "Could not send Message."
     */
    public static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        String description;
        if (root == failure || root.getMessage() == null || outer.contains(root.getMessage())) {
            description = outer;
        } else {
            description = outer + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return isUntrustedCertificate(failure) ? description + UNTRUSTED_CERTIFICATE : description;
    }

    private static final String UNTRUSTED_CERTIFICATE = "; the server's TLS certificate is not trusted: set "
            + "<product>.tls.trust-store to a trust store that holds it or its CA (and <product>.tls.trust-store-type, "
            + "<product>.tls.trust-store-password)";

    /** Returns true when a TLS handshake failed because no trusted certificate path leads to the server's. */
    static boolean isUntrustedCertificate(Throwable failure) {
        boolean handshake = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            handshake |= cause instanceof javax.net.ssl.SSLHandshakeException;
            if (handshake && (cause instanceof java.security.cert.CertPathBuilderException
                    || cause instanceof java.security.cert.CertPathValidatorException
                    || cause instanceof java.security.cert.CertificateException)) {
                return true;
            }
        }
        return false;
    }

    /** Describes the failure of an exchange, for the error policy's log line. */
    public String describeFailure(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return describe(failure == null ? exchange.getException() : failure);
    }

    public void setMaxDeliveryAttempts(int maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }
}
