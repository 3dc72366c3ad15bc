package fr.passerelle.connector;

import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.helpers.DOMUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.namespace.QName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Adds a WS-Security UsernameToken to every outgoing request, as the OASIS Web Services Security UsernameToken
 * Profile 1.1 defines it: a {@code wsse:Security} header, marked mustUnderstand, holding the user name, the password
 * as text or as a digest, a nonce and the creation time.
 *
 * <p>The digest is {@code Base64(SHA-1(nonce + created + password))}, where nonce is the 16 random bytes of the
 * {@code wsse:Nonce} before Base64 encoding, and created the {@code wsu:Created} text in UTF-8. A server recognises a
 * replay by the nonce and a stale token by the creation time.
 */
public final class UsernameTokenInterceptor extends AbstractSoapInterceptor {

    public static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    public static final String PASSWORD_TEXT = "http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-username-token-profile-1.0#PasswordText";
    public static final String PASSWORD_DIGEST = "http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    public static final String BASE64_BINARY = "http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    public static final QName SECURITY = new QName(WSSE, "Security", "wsse");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String user;
    private final String password;
    private final boolean digest;
    private final Clock clock;

    public UsernameTokenInterceptor(String user, String password, boolean digest) {
        this(user, password, digest, Clock.systemUTC());
    }

    UsernameTokenInterceptor(String user, String password, boolean digest, Clock clock) {
        super(Phase.PRE_PROTOCOL);
        this.user = user;
        this.password = password == null ? "" : password;
        this.digest = digest;
        this.clock = clock;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        message.getHeaders().removeIf(header -> SECURITY.equals(header.getName()));
        SoapHeader header = new SoapHeader(SECURITY, securityElement());
        header.setMustUnderstand(true);
        header.setDirection(Header.Direction.DIRECTION_OUT);
        message.getHeaders().add(header);
    }

    /** Builds a new {@code wsse:Security} header element, with a fresh nonce and creation time. */
    public Element securityElement() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String created = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();

        Document document = DOMUtils.createDocument();
        Element security = document.createElementNS(WSSE, "wsse:Security");
        security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsse", WSSE);
        security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WSU);
        Element token = child(security, WSSE, "wsse:UsernameToken", null);
        token.setAttributeNS(WSU, "wsu:Id", "UsernameToken-" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(nonce).substring(0, 8));
        child(token, WSSE, "wsse:Username", user);
        Element passwordElement = child(token, WSSE, "wsse:Password",
                digest ? digest(nonce, created, password) : password);
        passwordElement.setAttribute("Type", digest ? PASSWORD_DIGEST : PASSWORD_TEXT);
        Element nonceElement = child(token, WSSE, "wsse:Nonce", Base64.getEncoder().encodeToString(nonce));
        nonceElement.setAttribute("EncodingType", BASE64_BINARY);
        child(token, WSU, "wsu:Created", created);
        return security;
    }

    /** Computes the password digest of the UsernameToken profile: Base64(SHA-1(nonce + created + password)). */
    public static String digest(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private static Element child(Element parent, String namespace, String name, String text) {
        Element element = parent.getOwnerDocument().createElementNS(namespace, name);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }
}
