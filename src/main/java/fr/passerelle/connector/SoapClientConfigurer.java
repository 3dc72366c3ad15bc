package fr.passerelle.connector;

import fr.passerelle.runtime.ConfigurationException;
import fr.passerelle.runtime.Settings;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import jakarta.xml.ws.soap.SOAPBinding;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;

/**
 * Applies the SOAP client settings of a product to every {@code cxf:} endpoint that names it as
 * {@code cxfConfigurer}: connect and receive timeouts, authentication (HTTP Basic or a WS-Security UsernameToken) and
 * the TLS trust store.
 *
 * <p>The runtime binds one per product as {@code <product>SoapClient}, built by {@link #forProduct} from
 * {@code <product>.auth}, {@code <product>.user}, {@code <product>.password}, {@code <product>.tls.*} and
 * {@code <product>.connect-timeout-ms} / {@code .receive-timeout-ms}, which fall back to {@code passerelle.soap.*},
 * and {@code <product>.soap-version} (1.1, or 1.2 for a product that speaks SOAP 1.2).
 * The bean {@code soapClient} of the error policy sets only the bus-wide timeouts.
 */
public class SoapClientConfigurer implements CxfConfigurer {

    /** The authentication the client sends to the product. */
    public enum Auth {
        NONE, BASIC, WS_SECURITY;

        static Auth parse(String property, String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "none" -> NONE;
                case "basic" -> BASIC;
                case "ws-security" -> WS_SECURITY;
                default -> throw new ConfigurationException("Property " + property + " is '" + value
                        + "': write none, basic or ws-security");
            };
        }
    }

    private String product = "";
    private long connectTimeoutMs = 10_000;
    private long receiveTimeoutMs = 60_000;
    private Auth auth = Auth.NONE;
    private String user = "";
    private String password = "";
    private boolean passwordDigest = true;
    private TrustManager[] trustManagers;
    private String bindingId;

    /**
     * Builds the configurer of a product from the settings. Credentials are required when {@code <product>.auth} is
     * basic or ws-security; an empty {@code <product>.auth} means basic when {@code <product>.user} is set, none
     * otherwise. A trust store that cannot be read fails here, at start, rather than at the first call.
     */
    public static SoapClientConfigurer forProduct(Settings settings, String product) {
        SoapClientConfigurer configurer = new SoapClientConfigurer();
        configurer.product = product;
        configurer.connectTimeoutMs = positive(settings, product + ".connect-timeout-ms",
                settings.get(product + ".connect-timeout-ms", settings.get("passerelle.soap.connect-timeout-ms",
                        "10000")));
        configurer.receiveTimeoutMs = positive(settings, product + ".receive-timeout-ms",
                settings.get(product + ".receive-timeout-ms", settings.get("passerelle.soap.receive-timeout-ms",
                        "60000")));

        configurer.user = settings.get(product + ".user", "");
        configurer.password = settings.get(product + ".password", "");
        String auth = settings.get(product + ".auth", "");
        configurer.auth = auth.isBlank() ? configurer.user.isEmpty() ? Auth.NONE : Auth.BASIC
                : Auth.parse(product + ".auth", auth);
        if (configurer.auth != Auth.NONE && configurer.user.isEmpty()) {
            throw new ConfigurationException("Property " + product + ".auth is " + auth + " but " + product
                    + ".user is empty: set the user, and the password in the environment variable "
                    + Settings.environmentName(product + ".password") + " or in the secrets file");
        }

        String passwordType = settings.get(product + ".ws-security.password-type", "digest");
        switch (passwordType.strip().toLowerCase(Locale.ROOT)) {
            case "digest" -> configurer.passwordDigest = true;
            case "text" -> configurer.passwordDigest = false;
            default -> throw new ConfigurationException("Property " + product + ".ws-security.password-type is '"
                    + passwordType + "': write digest or text");
        }

        String soapVersion = settings.get(product + ".soap-version", "1.1").strip();
        switch (soapVersion) {
            case "1.1" -> configurer.bindingId = null;
            case "1.2" -> configurer.bindingId = SOAPBinding.SOAP12HTTP_BINDING;
            default -> throw new ConfigurationException("Property " + product + ".soap-version is '" + soapVersion
                    + "': write 1.1 or 1.2");
        }

        String trustStore = settings.get(product + ".tls.trust-store", "");
        if (!trustStore.isBlank()) {
            configurer.trustManagers = trustManagers(product, Path.of(trustStore.strip()),
                    settings.get(product + ".tls.trust-store-password", ""),
                    settings.get(product + ".tls.trust-store-type", KeyStore.getDefaultType()));
        }
        return configurer;
    }

    private static long positive(Settings settings, String property, String value) {
        try {
            long number = Long.parseLong(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value.
        }
        throw new ConfigurationException("Property " + property + " is '" + value
                + "': write a positive number of milliseconds");
    }

    static TrustManager[] trustManagers(String product, Path file, String password, String type) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type.strip());
            store.load(in, password.isEmpty() ? null : password.toCharArray());
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("Cannot read the trust store " + file.toAbsolutePath() + " of "
                    + product + " (" + product + ".tls.trust-store, type " + type + "): " + e.getMessage()
                    + "; check the file, " + product + ".tls.trust-store-type and " + product
                    + ".tls.trust-store-password");
        }
    }

    @Override
    public void configure(AbstractWSDLBasedEndpointFactory factoryBean) {
        if (bindingId != null) {
            factoryBean.setBindingId(bindingId);
        }
    }

    @Override
    public void configureClient(Client client) {
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        HTTPClientPolicy policy = conduit.getClient() == null ? new HTTPClientPolicy() : conduit.getClient();
        policy.setConnectionTimeout(connectTimeoutMs);
        policy.setReceiveTimeout(receiveTimeoutMs);
        conduit.setClient(policy);
        if (auth == Auth.BASIC) {
            AuthorizationPolicy authorization = new AuthorizationPolicy();
            authorization.setAuthorizationType("Basic");
            authorization.setUserName(user);
            authorization.setPassword(password);
            conduit.setAuthorization(authorization);
        } else if (auth == Auth.WS_SECURITY
                && client.getOutInterceptors().stream().noneMatch(UsernameTokenInterceptor.class::isInstance)) {
            client.getOutInterceptors().add(new UsernameTokenInterceptor(user, password, passwordDigest));
        }
        if (trustManagers != null) {
            TLSClientParameters tls = conduit.getTlsClientParameters() == null ? new TLSClientParameters()
                    : conduit.getTlsClientParameters();
            tls.setTrustManagers(trustManagers);
            conduit.setTlsClientParameters(tls);
        }
    }

    @Override
    public void configureServer(Server server) {
        // Passerelle is a client of every product; its simulators configure their own servers.
    }

    public String product() {
        return product;
    }

    /** Returns true when the product speaks SOAP 1.2 ({@code <product>.soap-version=1.2}). */
    public boolean soap12() {
        return bindingId != null;
    }

    /**
     * Returns the interceptor that writes the WS-Security UsernameToken, or null when {@code <product>.auth} is not
     * ws-security; a route that writes the envelope itself (dataFormat RAW) adds the header with it.
     */
    public UsernameTokenInterceptor usernameToken() {
        return auth == Auth.WS_SECURITY ? new UsernameTokenInterceptor(user, password, passwordDigest) : null;
    }

    public Auth auth() {
        return auth;
    }

    public long connectTimeoutMs() {
        return connectTimeoutMs;
    }

    public long receiveTimeoutMs() {
        return receiveTimeoutMs;
    }

    public void setConnectTimeoutMs(long connectTimeoutMs) {
        this.connectTimeoutMs = connectTimeoutMs;
    }

    public void setReceiveTimeoutMs(long receiveTimeoutMs) {
        this.receiveTimeoutMs = receiveTimeoutMs;
    }
}
