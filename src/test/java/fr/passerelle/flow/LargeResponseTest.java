package fr.passerelle.flow;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll whose response is 50 MB, read by a bus whose heap is 128 MB: the template soapPollToAddress streams the
 * response one record at a time, so the bus publishes every record without keeping the response.
 *
 * <p>The bus runs in a JVM of its own started with -Xmx128m ({@link LargeResponsePoll}), since the test JVM's heap is
 * whatever Surefire gives it. The server is a plain Undertow handler in this JVM that writes the SOAP response as it
 * goes, so that neither side keeps 50 MB at once. The 5,000 records of about 10 KB are published in one transaction,
 * which the broker keeps on disk: each record is an Artemis large message (passerelle.broker.min-large-message-kb=4)
 * and the addresses page past 8 MB (passerelle.broker.embedded.global-max-size-mb=8). With Artemis's defaults the same
 * poll ran out of heap once the broker held the messages, after the response had been read.
 */
class LargeResponseTest {

    private static final int RECORDS = 5_000;
    private static final int PADDING = 10_240;
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @TempDir
    Path folder;

    private Undertow server;
    private final AtomicLong bytesSent = new AtomicLong();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void fiftyMegabyteResponseStreamsThroughSmallHeap() throws Exception {
        int port = freePort();
        server = Undertow.builder().addHttpListener(port, "127.0.0.1").setHandler(this::respond).build();
        server.start();
        String address = "http://127.0.0.1:" + port + "/rof/services/offreFormation";

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                LargeResponsePoll.class.getName(), folder.toString(), address, String.valueOf(RECORDS)));
        Path log = folder.resolve("bus.log");
        Process bus = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = bus.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            bus.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(finished).as("bus finished within 8 minutes").isTrue();
        assertThat(bus.exitValue()).as("exit code of the bus; its output ends with:%n%s", tail(output)).isZero();
        assertThat(output).contains("published=" + RECORDS);
        assertThat(bytesSent.get()).isGreaterThan(FIFTY_MB);
    }

    private void respond(HttpServerExchange exchange) throws IOException {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this::respond);
            return;
        }
        exchange.startBlocking();
        exchange.getInputStream().readAllBytes();
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/xml;charset=UTF-8");
        String padding = "x".repeat(PADDING);
        try (OutputStream out = exchange.getOutputStream()) {
            write(out, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    + "<rof:recupererRegistreFormationsResponse xmlns:rof=\"urn:passerelle:rof:offreFormation\">");
            for (int i = 1; i <= RECORDS; i++) {
                write(out, "<rof:formation><rof:programID>FR_RNE_0451234X_PR_L" + i + "</rof:programID>"
                        + "<rof:intitule>Licence " + i + "</rof:intitule><rof:typeDiplome>Licence</rof:typeDiplome>"
                        + "<rof:niveau>L</rof:niveau><rof:codeComposante>UFRST</rof:codeComposante>"
                        + "<rof:libelleComposante>" + padding + "</rof:libelleComposante>"
                        + "<rof:anneeUniversitaire>2025-2026</rof:anneeUniversitaire>"
                        + "<rof:temoinPubliable>O</rof:temoinPubliable>"
                        + "<rof:dateModification>2025-03-14T10:32:00</rof:dateModification></rof:formation>");
            }
            write(out, "</rof:recupererRegistreFormationsResponse></soap:Body></soap:Envelope>");
        }
    }

    private void write(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        bytesSent.addAndGet(bytes.length);
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
