package fr.passerelle.simulator;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a plain HTTP response in place of the SOAP one, as a proxy or an HTTP server in front of a product does. */
final class HttpResponses {

    private HttpResponses() {
    }

    /** Sends the status and a text body, then stops the message's interceptor chain so no SOAP response follows. */
    static void respond(Message message, int status, String body, Map<String, String> headers) {
        HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            response.setStatus(status);
            headers.forEach(response::setHeader);
            response.setContentType("text/plain;charset=UTF-8");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the HTTP " + status + " response", e);
        } finally {
            message.getInterceptorChain().abort();
        }
    }
}
