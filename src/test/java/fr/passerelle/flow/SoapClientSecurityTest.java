package fr.passerelle.flow;

import fr.passerelle.connector.SoapClientConfigurer;
import fr.passerelle.connector.SoapErrors;
import fr.passerelle.contract.sinchro.absence.Absence;
import fr.passerelle.contract.sinchro.absence.AbsenceWebService;
import fr.passerelle.flow.SampleFlowBus.Received;
import fr.passerelle.runtime.ConfigurationException;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.Settings;
import fr.passerelle.simulator.UsernameTokenCheck;
import org.apache.cxf.configuration.jsse.TLSServerParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The SOAP client settings of a product against servers that check them: a WS-Security UsernameToken (digest and
 * text), and TLS with a self-signed certificate trusted through the configured trust store.
 */
class SoapClientSecurityTest {

    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    Path folder;

    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    @Test
    void usernameTokenDigestFromSecretsFileIsAccepted() throws Exception {
        UsernameTokenCheck check = new UsernameTokenCheck("passerelle", "s3cret-Digest", true);
        FaultyAbsenceServer sinchro = server(false, check);
        Path secrets = folder.resolve("secrets.properties");
        Files.writeString(secrets, "sinchro.password=s3cret-Digest\n");

        PasserelleRuntime bus = SampleFlowBus.config(folder, List.of(), "passerelle.absence::sinchro.absence",
                        "bus-to-sinchro-absences")
                .with("sinchro.mode", "remote")
                .with("sinchro.absence.address", sinchro.address())
                .with("sinchro.auth", "ws-security")
                .with("sinchro.user", "passerelle")
                .with("passerelle.secrets-file", secrets.toString())
                .start();
        started.add(bus);
        SampleFlowBus.publish(bus, "passerelle.absence", "absence", "CONGE-WSS",
                BusToSinchroAbsencesFlowTest.absence("CONGE-WSS", "UCN000159222"));

        await().atMost(Duration.ofSeconds(20)).until(() -> sinchro.received().size() == 1);
        assertThat(check.acceptedCount()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                bus.flowStats().get("bus-to-sinchro-absences", FlowStats.Outcome.DELIVERED) == 1);
    }

    @Test
    void usernameTokenWithWrongPasswordIsDeadLettered() throws Exception {
        UsernameTokenCheck check = new UsernameTokenCheck("passerelle", "right-password", true);
        FaultyAbsenceServer sinchro = server(false, check);

        PasserelleRuntime bus = SampleFlowBus.config(folder, List.of(), "passerelle.absence::sinchro.absence",
                        "bus-to-sinchro-absences")
                .with("sinchro.mode", "remote")
                .with("sinchro.absence.address", sinchro.address())
                .with("sinchro.auth", "ws-security")
                .with("sinchro.user", "passerelle")
                .with("sinchro.password", "wrong-password")
                .start();
        started.add(bus);
        SampleFlowBus.publish(bus, "passerelle.absence", "absence", "CONGE-BAD",
                BusToSinchroAbsencesFlowTest.absence("CONGE-BAD", "UCN000159222"));
        List<Received> dead = SampleFlowBus.drain(bus, "passerelle.dead-letter::DLQ.sinchro.absence", 20_000);

        assertThat(dead).singleElement().satisfies(message -> assertThat(
                message.headers().get("passerelleDeadLetterReason"))
                .contains("security token could not be authenticated").contains("invalid password digest"));
        assertThat(sinchro.received()).isEmpty();
    }

    @Test
    void usernameTokenTextPasswordIsAccepted() throws Exception {
        UsernameTokenCheck check = new UsernameTokenCheck("passerelle", "plain-text", false);
        FaultyAbsenceServer sinchro = server(false, check);
        AbsenceWebService client = client(sinchro.address(), settings(Map.of("sinchro.auth", "ws-security",
                "sinchro.user", "passerelle", "sinchro.password", "plain-text",
                "sinchro.ws-security.password-type", "text")));

        client.creerAbsence(absence("CONGE-TEXT"));
        client.creerAbsence(absence("CONGE-TEXT-2"));

        assertThat(check.acceptedCount()).isEqualTo(2);
        assertThat(sinchro.received()).hasSize(2);
    }

    @Test
    void usernameTokenRequiredRejectsAnonymousCall() throws Exception {
        UsernameTokenCheck check = new UsernameTokenCheck("passerelle", "secret", true);
        FaultyAbsenceServer sinchro = server(false, check);
        AbsenceWebService client = client(sinchro.address(), settings(Map.of("sinchro.auth", "none")));

        assertThatThrownBy(() -> client.creerAbsence(absence("CONGE-ANON")))
                .hasMessageContaining("missing wsse:Security header")
                .satisfies(failure -> assertThat(SoapErrors.isPermanent(failure)).isTrue());
        assertThat(sinchro.received()).isEmpty();
    }

    @Test
    void tlsServerIsTrustedThroughConfiguredTrustStore() throws Exception {
        Path trustStore = selfSignedServer();
        FaultyAbsenceServer sinchro = server(true);
        AbsenceWebService client = client(sinchro.address(), settings(Map.of(
                "sinchro.tls.trust-store", trustStore.toString(),
                "sinchro.tls.trust-store-password", STORE_PASSWORD,
                "sinchro.tls.trust-store-type", "PKCS12")));

        client.creerAbsence(absence("CONGE-TLS"));

        assertThat(sinchro.address()).startsWith("https://127.0.0.1:");
        assertThat(sinchro.received()).singleElement()
                .satisfies(absence -> assertThat(absence.getIdentifiantSource()).isEqualTo("CONGE-TLS"));
    }

    @Test
    void untrustedServerFailsWithHint() throws Exception {
        selfSignedServer();
        FaultyAbsenceServer sinchro = server(true);
        AbsenceWebService client = client(sinchro.address(), settings(Map.of()));

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> client.creerAbsence(absence("X")));

        assertThat(failure).isNotNull();
        assertThat(SoapErrors.describe(failure)).contains("unable to find valid certification path")
                .contains("the server's TLS certificate is not trusted")
                .contains("<product>.tls.trust-store");
        assertThat(SoapErrors.isPermanent(failure)).isFalse();
        assertThat(sinchro.received()).isEmpty();
    }

    @Test
    void unreadableTrustStoreFailsAtStart() throws Exception {
        Path notAStore = folder.resolve("trust.p12");
        Files.writeString(notAStore, "not a key store");

        assertThatThrownBy(() -> SoapClientConfigurer.forProduct(settings(Map.of(
                "sinchro.tls.trust-store", notAStore.toString(),
                "sinchro.tls.trust-store-password", STORE_PASSWORD)), "sinchro"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(notAStore.toString())
                .hasMessageContaining("sinchro.tls.trust-store");
    }

    @Test
    void authWithoutUserFailsAtStart() {
        assertThatThrownBy(() -> SoapClientConfigurer.forProduct(settings(Map.of("sinchro.auth", "ws-security",
                "sinchro.user", "")), "sinchro"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("sinchro.user is empty")
                .hasMessageContaining("SINCHRO_PASSWORD");
    }

    @Test
    void productTimeoutsFallBackToBusDefaults() {
        SoapClientConfigurer configurer = SoapClientConfigurer.forProduct(settings(Map.of(
                "passerelle.soap.connect-timeout-ms", "1234", "sinchro.receive-timeout-ms", "5678")), "sinchro");

        assertThat(configurer.connectTimeoutMs()).isEqualTo(1234);
        assertThat(configurer.receiveTimeoutMs()).isEqualTo(5678);
    }

    private FaultyAbsenceServer server(boolean tls, UsernameTokenCheck... checks) throws Exception {
        FaultyAbsenceServer server = new FaultyAbsenceServer(freePort(), false, List.of(checks),
                tls ? serverTls() : null);
        started.add(server);
        return server;
    }

    private static Settings settings(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("sinchro.user", "");
        return Settings.load(null, all, new HashMap<>());
    }

    private static AbsenceWebService client(String address, Settings settings) {
        SoapClientConfigurer configurer = SoapClientConfigurer.forProduct(settings, "sinchro");
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(AbsenceWebService.class);
        factory.setAddress(address);
        configurer.configure(factory.getClientFactoryBean());
        AbsenceWebService client = (AbsenceWebService) factory.create();
        configurer.configureClient(ClientProxy.getClient(client));
        return client;
    }

    private static Absence absence(String sourceId) {
        Absence absence = new Absence();
        absence.setIdentifiantSource(sourceId);
        absence.setMatricule("UCN000159222");
        absence.setTypeAbsence("CA");
        absence.setDateDebut("2026-07-06");
        absence.setDateFin("2026-07-06");
        return absence;
    }

    /** Generates the server's key pair and self-signed certificate with keytool, and a trust store holding it. */
    private Path selfSignedServer() throws Exception {
        Path keyStore = folder.resolve("server.p12");
        Path certificate = folder.resolve("server.cer");
        Path trustStore = folder.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        keytool("-exportcert", "-alias", "server", "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "sinchro", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        return trustStore;
    }

    private TLSServerParameters serverTls() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(folder.resolve("server.p12"))) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD.toCharArray());
        TLSServerParameters tls = new TLSServerParameters();
        tls.setKeyManagers(keys.getKeyManagers());
        return tls;
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("keytool %s: %s", arguments[0], output).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
