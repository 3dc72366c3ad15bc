package fr.passerelle.simulator;

import fr.passerelle.connector.UsernameTokenInterceptor;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.namespace.QName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the WS-Security UsernameToken of every request, as a server that requires one does. It checks the user name,
 * the password (as text, or as the SHA-1 digest of nonce, creation time and password), a creation time within five
 * minutes of now, and a nonce not seen before. A request that fails gets the SOAP fault
 * {@code wsse:FailedAuthentication}.
 *
 * <p>It declares the {@code wsse:Security} header understood, so the mustUnderstand flag the client sets passes.
 */
public final class UsernameTokenCheck extends AbstractSoapInterceptor {

    public static final QName FAILED_AUTHENTICATION = new QName(UsernameTokenInterceptor.WSSE,
            "FailedAuthentication", "wsse");

    private static final Logger LOG = LoggerFactory.getLogger(UsernameTokenCheck.class);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final String user;
    private final String password;
    private final boolean digestRequired;
    private final Clock clock;
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();

    /**
     * @param digestRequired true to reject a password sent as text
     */
    public UsernameTokenCheck(String user, String password, boolean digestRequired) {
        this(user, password, digestRequired, Clock.systemUTC());
    }

    UsernameTokenCheck(String user, String password, boolean digestRequired, Clock clock) {
        super(Phase.PRE_PROTOCOL);
        this.user = user;
        this.password = password;
        this.digestRequired = digestRequired;
        this.clock = clock;
    }

    @Override
    public Set<QName> getUnderstoodHeaders() {
        return Set.of(UsernameTokenInterceptor.SECURITY);
    }

    /** Returns the number of requests whose token was valid. */
    public int acceptedCount() {
        return accepted.get();
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Header header = message.getHeader(UsernameTokenInterceptor.SECURITY);
        if (header == null || !(header.getObject() instanceof Element security)) {
            throw reject("missing wsse:Security header");
        }
        Element token = child(security, UsernameTokenInterceptor.WSSE, "UsernameToken");
        if (token == null) {
            throw reject("missing wsse:UsernameToken");
        }
        String name = text(child(token, UsernameTokenInterceptor.WSSE, "Username"));
        Element passwordElement = child(token, UsernameTokenInterceptor.WSSE, "Password");
        String nonce = text(child(token, UsernameTokenInterceptor.WSSE, "Nonce"));
        String created = text(child(token, UsernameTokenInterceptor.WSSE, "Created"));
        if (created == null) {
            created = text(child(token, UsernameTokenInterceptor.WSU, "Created"));
        }
        if (!user.equals(name) || passwordElement == null) {
            throw reject("unknown user " + name);
        }

        String type = passwordElement.getAttribute("Type");
        String sent = text(passwordElement);
        if (UsernameTokenInterceptor.PASSWORD_DIGEST.equals(type)) {
            if (nonce == null || created == null) {
                throw reject("a password digest needs a nonce and a creation time");
            }
            byte[] nonceBytes = Base64.getDecoder().decode(nonce);
            String expected = UsernameTokenInterceptor.digest(nonceBytes, created, password);
            if (!equal(expected, sent)) {
                throw reject("invalid password digest for " + name);
            }
        } else if (digestRequired) {
            throw reject("password sent as text, a digest is required");
        } else if (!equal(password, sent)) {
            throw reject("invalid password for " + name);
        }

        if (created != null) {
            checkCreated(created);
        }
        if (nonce != null && !nonces.add(nonce)) {
            throw reject("nonce already used: the request is a replay");
        }
        accepted.incrementAndGet();
    }

    private void checkCreated(String created) {
        Instant time;
        try {
            time = Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw reject("invalid wsu:Created " + created);
        }
        Duration age = Duration.between(time, clock.instant()).abs();
        if (age.compareTo(MAX_AGE) > 0) {
            throw reject("token created at " + created + " is more than " + MAX_AGE.toMinutes() + " minutes off");
        }
    }

    private static SoapFault reject(String reason) {
        LOG.warn("Simulator rejected a request: WS-Security UsernameToken check failed: {}", reason);
        return new SoapFault("The security token could not be authenticated or authorized: " + reason,
                FAILED_AUTHENTICATION);
    }

    private static Element child(Element parent, String namespace, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }

    private static boolean equal(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
